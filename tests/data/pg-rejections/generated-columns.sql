CREATE TABLE items (id bigint PRIMARY KEY, price numeric, quantity integer);

-- A generation expression may not use a generated column, itself included.
CREATE TABLE loop (a integer, b integer GENERATED ALWAYS AS (b + 1) STORED);
ALTER TABLE items ADD COLUMN total numeric GENERATED ALWAYS AS (total + price) STORED;
ALTER TABLE items ADD COLUMN gross numeric GENERATED ALWAYS AS (price * quantity) STORED;
ALTER TABLE items ADD COLUMN taxed numeric GENERATED ALWAYS AS (gross * 1.2) STORED;
CREATE TABLE chain (a integer, b integer GENERATED ALWAYS AS (a * 2) STORED,
                    c integer GENERATED ALWAYS AS (b * 2) STORED);
ALTER TABLE items ADD COLUMN net numeric GENERATED ALWAYS AS (price * quantity * 0.9) STORED;
