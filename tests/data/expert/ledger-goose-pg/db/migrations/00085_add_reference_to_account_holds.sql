-- +goose Up
ALTER TABLE account_holds ADD COLUMN reference text;

-- +goose Down
ALTER TABLE account_holds DROP COLUMN reference;
