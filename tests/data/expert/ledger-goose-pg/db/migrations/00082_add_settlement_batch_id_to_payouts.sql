-- +goose Up
ALTER TABLE payouts ADD COLUMN settlement_batch_id bigint REFERENCES settlement_batches (id) ON DELETE SET NULL;

-- +goose Down
ALTER TABLE payouts DROP COLUMN settlement_batch_id;
