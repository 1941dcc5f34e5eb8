-- +goose Up
INSERT INTO currencies (code, name, minor_units) VALUES ('HKD', 'Hong Kong Dollar', 2) ON CONFLICT (code) DO NOTHING;

-- +goose Down
DELETE FROM currencies WHERE code = 'HKD';
