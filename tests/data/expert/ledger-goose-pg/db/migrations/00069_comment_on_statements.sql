-- +goose Up
COMMENT ON TABLE statements IS 'Monthly account statements; current_version_id is the one customers see.';

-- +goose Down
COMMENT ON TABLE statements IS NULL;
