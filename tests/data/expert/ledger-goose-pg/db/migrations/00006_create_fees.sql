-- +goose Up
CREATE TABLE fees (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    transfer_id bigint NOT NULL REFERENCES transfers (id) ON DELETE CASCADE,
    amount double precision NOT NULL,
    currency char(3) NOT NULL REFERENCES currencies (code),
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX fees_transfer_id ON fees (transfer_id);

-- +goose Down
DROP TABLE fees;
