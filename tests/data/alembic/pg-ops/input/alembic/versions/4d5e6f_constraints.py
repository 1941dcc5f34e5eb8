"""constraints and alterations

Revision ID: 4d5e6f
Revises: 1a2b3c
"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "4d5e6f"
down_revision = "1a2b3c"


def upgrade():
    op.create_table(
        "bookings",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("doc_id", sa.BigInteger(), nullable=False),
        sa.Column("room", sa.Integer(), nullable=False),
        sa.Column("during", postgresql.TSRANGE(), nullable=False),
        sa.ForeignKeyConstraint(["doc_id"], ["app.documents.id"], name="fk_bookings_doc",
                                ondelete="CASCADE", deferrable=True, initially="DEFERRED"),
    )
    op.create_exclude_constraint(
        "no_double_booking", "bookings", ("room", "="), ("during", "&&"), using="gist",
    )
    op.alter_column("bookings", "room", type_=sa.BigInteger(), postgresql_using="room::bigint")
    op.alter_column("bookings", "during", comment="when it is booked")
    op.create_table_comment("bookings", "room bookings")
    op.drop_table_comment("bookings")
    op.create_unique_constraint(None, "bookings", ["room", "during"])
    op.drop_index("ix_documents_words", table_name="documents", schema="app")
    op.drop_table("bookings")
    op.create_table("legacy", sa.Column("id", sa.SmallInteger(), primary_key=True))
    op.rename_table("legacy", "archive")


def downgrade():
    pass
