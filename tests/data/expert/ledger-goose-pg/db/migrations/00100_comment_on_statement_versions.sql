-- +goose Up
COMMENT ON TABLE statement_versions IS 'Every rendering of a statement, kept for audit.';

-- +goose Down
COMMENT ON TABLE statement_versions IS NULL;
