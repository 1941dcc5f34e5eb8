-- +goose Up
INSERT INTO currencies (code, name, minor_units) VALUES ('JPY', 'Yen', 0) ON CONFLICT (code) DO NOTHING;

-- +goose Down
DELETE FROM currencies WHERE code = 'JPY';
