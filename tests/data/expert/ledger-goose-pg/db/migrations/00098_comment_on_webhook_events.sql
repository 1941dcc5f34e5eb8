-- +goose Up
COMMENT ON TABLE webhook_events IS 'Outbound notifications, retried until delivered.';

-- +goose Down
COMMENT ON TABLE webhook_events IS NULL;
