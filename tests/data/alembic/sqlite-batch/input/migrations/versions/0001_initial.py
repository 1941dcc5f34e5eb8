"""initial

Revision ID: 0001
Revises:
"""
from alembic import op
import sqlalchemy as sa

revision = "0001"
down_revision = None


def upgrade():
    op.create_table(
        "authors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "books",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("author_id", sa.Integer(), sa.ForeignKey("authors.id"), nullable=False),
        sa.Column("title", sa.String(200)),
        sa.Column("isbn", sa.String(13), unique=True),
        sa.Column("kind", sa.Enum("novel", "essay", name="book_kind")),
        sa.Column("price", sa.Numeric(8, 2), server_default="0"),
        sa.Column("added", sa.DateTime(), server_default=sa.func.now()),
        sa.CheckConstraint("price >= 0", name="ck_books_price"),
    )
    op.create_index(op.f("ix_books_title"), "books", ["title"], unique=False)


def downgrade():
    op.drop_table("books")
    op.drop_table("authors")
