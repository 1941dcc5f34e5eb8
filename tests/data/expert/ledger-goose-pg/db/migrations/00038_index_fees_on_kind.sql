-- +goose Up
CREATE INDEX fees_kind ON fees (kind);

-- +goose Down
DROP INDEX fees_kind;
