"""merge a and b, then tidy up

Revision ID: 0004
Revises: 003a, 003b
"""
from alembic import op
import sqlalchemy as sa

revision = "0004"
down_revision = ("003a", "003b")


def upgrade():
    op.rename_table("projects", "workspaces")
    op.drop_column("users", "avatar")
    with op.batch_alter_table("users") as batch_op:
        batch_op.add_column(sa.Column("locale", sa.String(8), server_default="en"))
        batch_op.alter_column("nickname", new_column_name="handle")
    op.create_table_comment("workspaces", "was projects")
    op.create_unique_constraint("uq_orgs_kind_name", "orgs", ["kind", "name"])
    op.drop_constraint("ck_orgs_name", "orgs", type_="check")
    op.create_table("tags", sa.Column("label", sa.String(50), nullable=False))
    op.create_primary_key("pk_tags", "tags", ["label"])
    op.create_index("ix_users_tags", "users", ["tags"], postgresql_using="gin")
    op.create_index("ix_users_email_inc", "users", ["email"], postgresql_include=["name"])
    op.drop_index("ix_users_org_role", table_name="users")
    op.alter_column("orgs", "settings", server_default=None)
    op.create_foreign_key("fk_users_org_restrict", "users", "orgs", ["org_id"], ["id"],
                          ondelete="RESTRICT")


def downgrade():
    pass
