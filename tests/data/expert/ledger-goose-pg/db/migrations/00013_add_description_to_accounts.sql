-- +goose Up
ALTER TABLE accounts ADD COLUMN description text;

-- +goose Down
ALTER TABLE accounts DROP COLUMN description;
