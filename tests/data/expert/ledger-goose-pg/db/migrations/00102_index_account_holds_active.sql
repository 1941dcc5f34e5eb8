-- +goose Up
CREATE INDEX account_holds_active ON account_holds (account_id) WHERE released_at IS NULL;

-- +goose Down
DROP INDEX account_holds_active;
