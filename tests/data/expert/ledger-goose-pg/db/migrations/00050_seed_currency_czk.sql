-- +goose Up
INSERT INTO currencies (code, name, minor_units) VALUES ('CZK', 'Czech Koruna', 2) ON CONFLICT (code) DO NOTHING;

-- +goose Down
DELETE FROM currencies WHERE code = 'CZK';
