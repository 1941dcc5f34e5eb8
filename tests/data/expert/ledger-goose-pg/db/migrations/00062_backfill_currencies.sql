-- +goose Up
UPDATE currencies SET symbol = '$' WHERE code IN ('USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'MXN');

-- +goose Down
SELECT 1;
