"""batch changes

Revision ID: 0002
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa

revision = "0002"
down_revision = "0001"


def upgrade():
    with op.batch_alter_table("books", schema=None) as batch_op:
        batch_op.add_column(sa.Column("pages", sa.Integer(), nullable=True))
        batch_op.create_index("ix_books_pages", ["pages"], unique=False)

    with op.batch_alter_table("books") as batch_op:
        batch_op.alter_column("title", existing_type=sa.String(200), nullable=False)
        batch_op.alter_column("isbn", new_column_name="isbn13")
        batch_op.drop_column("kind")
        batch_op.create_unique_constraint("uq_books_author_title", ["author_id", "title"])
        batch_op.drop_constraint("ck_books_price", type_="check")
        batch_op.create_check_constraint("ck_books_pages", "pages > 0")

    with op.batch_alter_table("authors", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("born", sa.Date()))
        batch_op.create_foreign_key("fk_authors_mentor", "authors", ["mentor_id"], ["id"])
        batch_op.add_column(sa.Column("mentor_id", sa.Integer()))

    op.add_column("authors", sa.Column("email", sa.String(120), server_default=""))
    op.rename_table("authors", "writers")
    op.drop_index("ix_books_title", table_name="books")


def downgrade():
    pass
