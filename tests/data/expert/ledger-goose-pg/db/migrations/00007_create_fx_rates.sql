-- +goose Up
CREATE TABLE fx_rates (
    base char(3) NOT NULL REFERENCES currencies (code),
    quote char(3) NOT NULL REFERENCES currencies (code),
    rate double precision NOT NULL,
    observed_at timestamptz NOT NULL,
    PRIMARY KEY (base, quote, observed_at)
);

-- +goose Down
DROP TABLE fx_rates;
