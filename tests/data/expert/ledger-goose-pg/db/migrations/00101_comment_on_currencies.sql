-- +goose Up
COMMENT ON TABLE currencies IS 'ISO 4217 currencies the platform settles in.';

-- +goose Down
COMMENT ON TABLE currencies IS NULL;
