-- +goose Up
CREATE INDEX transfers_ledger_status ON transfers (ledger_id, status);
CREATE INDEX transfers_source_account_id ON transfers (source_account_id);
CREATE INDEX transfers_destination_account_id ON transfers (destination_account_id);

-- +goose Down
DROP INDEX transfers_destination_account_id;
DROP INDEX transfers_source_account_id;
DROP INDEX transfers_ledger_status;
