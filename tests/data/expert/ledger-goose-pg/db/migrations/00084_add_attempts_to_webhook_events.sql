-- +goose Up
ALTER TABLE webhook_events ADD COLUMN attempts integer NOT NULL DEFAULT 0;

-- +goose Down
ALTER TABLE webhook_events DROP COLUMN attempts;
