-- +goose Up
COMMENT ON TABLE account_holds IS 'Funds reserved on an account until released or expired.';

-- +goose Down
COMMENT ON TABLE account_holds IS NULL;
