-- +goose Up
ALTER TABLE postings ADD COLUMN memo text;

-- +goose Down
ALTER TABLE postings DROP COLUMN memo;
