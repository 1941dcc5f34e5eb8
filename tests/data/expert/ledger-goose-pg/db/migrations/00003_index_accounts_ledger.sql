-- +goose Up
CREATE INDEX accounts_ledger_id ON accounts (ledger_id);

-- +goose Down
DROP INDEX accounts_ledger_id;
