"""create users

Revision ID: 0002
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY, UUID

revision = "0002"
down_revision = "0001"


def upgrade():
    op.create_table(
        "users",
        sa.Column("id", sa.BigInteger(), primary_key=True),
        sa.Column("org_id", sa.Integer(), sa.ForeignKey("orgs.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("email", sa.String(255), nullable=False, index=True, unique=True),
        sa.Column("name", sa.Text()),
        sa.Column("role", sa.Enum("member", "admin", name="user_role"), nullable=False,
                  server_default="member"),
        sa.Column("tags", ARRAY(sa.String())),
        sa.Column("uid", UUID(as_uuid=True)),
        sa.Column("born", sa.Date()),
        sa.Column("wakes", sa.Time()),
        sa.Column("avatar", sa.LargeBinary()),
        sa.Column("doc", sa.JSON()),
        sa.Column("ttl", sa.Interval()),
        sa.Column("small", sa.SmallInteger()),
        sa.UniqueConstraint("org_id", "name", name="uq_users_org_name"),
        sa.CheckConstraint("small >= 0"),
    )
    op.create_index("ix_users_org_role", "users", ["org_id", "role"])


def downgrade():
    op.drop_table("users")
