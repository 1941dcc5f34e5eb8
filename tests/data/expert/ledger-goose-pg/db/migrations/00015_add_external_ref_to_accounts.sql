-- +goose Up
ALTER TABLE accounts ADD COLUMN external_ref text;

-- +goose Down
ALTER TABLE accounts DROP COLUMN external_ref;
