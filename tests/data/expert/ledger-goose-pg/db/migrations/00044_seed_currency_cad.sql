-- +goose Up
INSERT INTO currencies (code, name, minor_units) VALUES ('CAD', 'Canadian Dollar', 2) ON CONFLICT (code) DO NOTHING;

-- +goose Down
DELETE FROM currencies WHERE code = 'CAD';
