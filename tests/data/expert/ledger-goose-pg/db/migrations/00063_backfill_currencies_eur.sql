-- +goose Up
UPDATE currencies SET symbol = '€' WHERE code = 'EUR';

-- +goose Down
SELECT 1;
