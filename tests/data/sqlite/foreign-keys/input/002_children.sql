CREATE TABLE products (sku TEXT PRIMARY KEY, name TEXT);

CREATE TABLE order_lines (
    order_id INTEGER NOT NULL,
    line_no INTEGER NOT NULL,
    product_sku TEXT REFERENCES products ON DELETE SET NULL, -- the parent's primary key
    replaced_by INTEGER,
    CONSTRAINT order_lines_order_fk FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE,
    CONSTRAINT self_ref FOREIGN KEY (order_id, replaced_by)
        REFERENCES order_lines (order_id, line_no) ON DELETE SET DEFAULT NOT DEFERRABLE,
    PRIMARY KEY (order_id, line_no)
);

CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    order_id INTEGER CONSTRAINT audit_order_ref REFERENCES orders(id)
        ON DELETE NO ACTION ON UPDATE SET NULL MATCH SIMPLE DEFERRABLE,
    ghost_id INTEGER REFERENCES nowhere(id)
);
