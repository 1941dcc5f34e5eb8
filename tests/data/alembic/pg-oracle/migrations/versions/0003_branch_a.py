"""branch a: users grow

Revision ID: 003a
Revises: 0002
"""
from alembic import op
import sqlalchemy as sa

revision = "003a"
down_revision = "0002"


def upgrade():
    op.add_column("users", sa.Column("nickname", sa.String(40), nullable=True))
    op.add_column("users", sa.Column("manager_id", sa.BigInteger(),
                                     sa.ForeignKey("users.id", ondelete="SET NULL")))
    op.alter_column("users", "name", type_=sa.String(200), existing_type=sa.Text(),
                    nullable=False)
    op.create_check_constraint("ck_users_email", "users", "email <> ''")
    op.create_index(op.f("ix_users_nickname"), "users", ["nickname"], unique=True,
                    postgresql_where=sa.text("nickname IS NOT NULL"))


def downgrade():
    pass
