-- +goose Up
CREATE INDEX payouts_settlement_batch_id ON payouts (settlement_batch_id);

-- +goose Down
DROP INDEX payouts_settlement_batch_id;
