"""first"""
from alembic import op
import sqlalchemy as sa
import sqlalchemy_utils
from myapp.db import types as apptypes

revision = "aaa"
down_revision = None

TABLES = ["red", "green"]


def create_colour(name):
    op.create_table(name, sa.Column("id", sa.Integer(), primary_key=True))


def upgrade():
    op.create_table(
        "kept",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uid", apptypes.UUID(), nullable=False),
        sa.Column("link", sqlalchemy_utils.types.url.URLType()),
        sa.Column("state", sa.Enum(MyState, name="state")),
    )
    for name in TABLES:
        create_colour(name)
    create_colour("blue")
    if op.get_context().dialect.name == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    bind = op.get_bind()
    bind.execute(sa.text("UPDATE kept SET id = id"))
    op.bulk_insert(sa.table("kept", sa.column("id")), [{"id": 1}])
    op.create_index("ix_" + "kept_uid", "kept", ["uid"])
    op.frobnicate("kept")
    op.add_column("kept", sa.Column("after", sa.Integer()))


def downgrade():
    pass
