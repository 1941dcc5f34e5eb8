-- +goose Up
ALTER TABLE fees ADD COLUMN waived boolean NOT NULL DEFAULT false;

-- +goose Down
ALTER TABLE fees DROP COLUMN waived;
