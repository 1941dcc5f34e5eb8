-- +goose Up
UPDATE fees SET kind = 'fx' WHERE kind = 'processing' AND currency <> 'USD';

-- +goose Down
SELECT 1;
