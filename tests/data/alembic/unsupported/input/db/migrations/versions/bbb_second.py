"""second: an orphan whose parent is gone"""
from alembic import op
import sqlalchemy as sa

revision = "bbb"
down_revision = "zzz"


def upgrade():
    op.add_column("kept", sa.Column("orphan", sa.Integer()))


def downgrade():
    pass
