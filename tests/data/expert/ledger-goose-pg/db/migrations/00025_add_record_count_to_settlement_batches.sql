-- +goose Up
ALTER TABLE settlement_batches ADD COLUMN record_count integer;

-- +goose Down
ALTER TABLE settlement_batches DROP COLUMN record_count;
