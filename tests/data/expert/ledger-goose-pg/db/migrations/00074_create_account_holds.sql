-- +goose Up
CREATE TABLE account_holds (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    amount numeric(20, 4) NOT NULL,
    reason text NOT NULL,
    expires_at timestamptz,
    released_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX account_holds_account_id ON account_holds (account_id);

-- +goose Down
DROP TABLE account_holds;
