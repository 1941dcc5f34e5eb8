-- +goose Up
CREATE INDEX accounts_external_ref ON accounts (external_ref);

-- +goose Down
DROP INDEX accounts_external_ref;
