-- +goose Up
CREATE INDEX webhook_events_undelivered ON webhook_events (created_at) WHERE delivered_at IS NULL;

-- +goose Down
DROP INDEX webhook_events_undelivered;
