"""schema and types

Revision ID: 1a2b3c
Revises:
Create Date: 2024-01-01 00:00:00
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.dialects.postgresql import JSONB, ENUM

revision: str = "1a2b3c"
down_revision: Union[str, None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

status_enum = ENUM("draft", "live", name="status", create_type=False)


def upgrade() -> None:
    op.execute("CREATE SCHEMA app")
    op.execute(sa.text("CREATE TYPE status AS ENUM ('draft', 'live')"))
    op.create_table(
        "documents",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=True), primary_key=True),
        sa.Column("status", status_enum, nullable=False, server_default="draft"),
        sa.Column("body", sa.JSON().with_variant(JSONB(), "postgresql")),
        sa.Column("title", sa.Unicode(200), nullable=False),
        sa.Column("size", sa.Integer, nullable=False, server_default=sa.text("0")),
        sa.Column("stamp", postgresql.TIMESTAMP(timezone=True), server_default=sa.func.now()),
        sa.Column("ip", postgresql.INET()),
        sa.Column("words", postgresql.TSVECTOR()),
        sa.Column("matrix", postgresql.ARRAY(sa.Integer(), dimensions=2)),
        sa.Column("code", sa.CHAR(3)),
        sa.Column("ratio", sa.Float(precision=53)),
        sa.Column("valid", sa.Boolean(), server_default=sa.false(), nullable=False),
        schema="app",
        comment="documents of the app",
    )
    op.create_index("ix_documents_words", "documents", ["words"], schema="app",
                    postgresql_using="gin")
    op.create_index("ix_documents_lower_title", "documents", [sa.text("lower(title)")],
                    unique=True, schema="app")


def downgrade() -> None:
    op.drop_table("documents", schema="app")
