-- +goose Up
CREATE TABLE settlement_batches (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ledger_id bigint NOT NULL REFERENCES ledgers (id) ON DELETE CASCADE,
    file_name text NOT NULL,
    opened_at timestamp NOT NULL DEFAULT now(),
    closed_at timestamp
);
CREATE INDEX settlement_batches_ledger_id ON settlement_batches (ledger_id);

-- +goose Down
DROP TABLE settlement_batches;
