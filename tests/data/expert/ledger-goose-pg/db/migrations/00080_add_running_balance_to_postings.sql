-- +goose Up
ALTER TABLE postings ADD COLUMN running_balance numeric(20, 4);

-- +goose Down
ALTER TABLE postings DROP COLUMN running_balance;
