-- +goose Up
CREATE INDEX statements_delivered_at ON statements (delivered_at);

-- +goose Down
DROP INDEX statements_delivered_at;
