CREATE TABLE reviews (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    product_id bigint NOT NULL REFERENCES products ON DELETE CASCADE,
    customer_id bigint,
    state text NOT NULL DEFAULT 'pending',
    body text
);
ALTER TABLE orders ADD COLUMN shipped_at timestamptz;
ALTER TABLE customers ADD COLUMN display_name text NOT NULL;
CREATE INDEX reviews_product_id_idx ON reviews (product_id);
