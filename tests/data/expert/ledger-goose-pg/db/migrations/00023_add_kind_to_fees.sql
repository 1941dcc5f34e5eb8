-- +goose Up
ALTER TABLE fees ADD COLUMN kind text NOT NULL DEFAULT 'processing' CHECK (kind IN ('processing', 'fx', 'payout'));

-- +goose Down
ALTER TABLE fees DROP COLUMN kind;
