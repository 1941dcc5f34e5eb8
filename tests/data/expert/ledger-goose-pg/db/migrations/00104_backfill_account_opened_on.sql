-- +goose Up
UPDATE accounts SET opened_on = created_at::date WHERE opened_on IS NULL;

-- +goose Down
SELECT 1;
