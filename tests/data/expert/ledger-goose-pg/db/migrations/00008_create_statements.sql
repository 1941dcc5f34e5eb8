-- +goose Up
CREATE TABLE statements (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    period_start date NOT NULL,
    period_end date NOT NULL,
    current_version_id bigint,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE statement_versions (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    statement_id bigint NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
    rendered_pdf_key text NOT NULL,
    totals jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX statement_versions_statement_id ON statement_versions (statement_id);
CREATE INDEX statements_account_id ON statements (account_id, period_start);

-- +goose Down
DROP TABLE statement_versions;
DROP TABLE statements;
