-- +goose Up
INSERT INTO currencies (code, name, minor_units) VALUES ('HUF', 'Forint', 0) ON CONFLICT (code) DO NOTHING;

-- +goose Down
DELETE FROM currencies WHERE code = 'HUF';
