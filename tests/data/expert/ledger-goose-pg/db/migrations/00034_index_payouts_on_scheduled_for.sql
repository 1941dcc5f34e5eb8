-- +goose Up
CREATE INDEX payouts_scheduled_for ON payouts (scheduled_for);

-- +goose Down
DROP INDEX payouts_scheduled_for;
