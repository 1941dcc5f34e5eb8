"""create orgs

Revision ID: 0001
Revises:
"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

ORGS = "orgs"


def upgrade():
    op.create_table(
        ORGS,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False, unique=True),
        sa.Column("kind", sa.Enum("free", "paid", name="org_kind"), nullable=True),
        sa.Column("settings", postgresql.JSONB(astext_type=sa.Text()),
                  server_default=sa.text("'{}'::jsonb"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now()),
        sa.Column("active", sa.Boolean(), server_default=sa.true(), index=True),
        sa.Column("price", sa.Numeric(10, 2)),
        sa.Column("ratio", sa.Float()),
        sa.Column("notes", sa.Text(), comment="free text"),
        sa.PrimaryKeyConstraint("id"),
        sa.CheckConstraint("length(name) > 0", name="ck_orgs_name"),
        comment="tenants",
    )


def downgrade():
    op.drop_table(ORGS)
