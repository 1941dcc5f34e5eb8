"""branch b: projects

Revision ID: 003b
Revises: 0002
"""
from alembic import op
import sqlalchemy as sa

revision = "003b"
down_revision = "0002"


def upgrade():
    op.create_table(
        "projects",
        sa.Column("org_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.BigInteger()),
        sa.Column("title", sa.String(200), server_default="untitled"),
        sa.Column("seq", sa.Integer(), sa.Identity()),
        sa.Column("title_upper", sa.String(200), sa.Computed("upper(title)")),
        sa.PrimaryKeyConstraint("org_id", "number", name="pk_projects"),
        sa.ForeignKeyConstraint(["org_id"], ["orgs.id"], name="fk_projects_org",
                                ondelete="RESTRICT", onupdate="CASCADE"),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"]),
        sa.Index("ix_projects_title", "title"),
    )
    op.execute("CREATE INDEX ix_projects_title_trgm ON projects USING btree (lower(title))")


def downgrade():
    pass
