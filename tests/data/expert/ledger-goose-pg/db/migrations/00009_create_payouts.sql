-- +goose Up
CREATE TABLE payouts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE RESTRICT,
    amount numeric(20, 4) NOT NULL,
    currency char(3) NOT NULL REFERENCES currencies (code),
    status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'processing', 'paid', 'failed')),
    bank_reference text,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX payouts_account_id ON payouts (account_id);

-- +goose Down
DROP TABLE payouts;
