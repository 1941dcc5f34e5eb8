START TRANSACTION;

CREATE TABLE accounts (
    id integer PRIMARY KEY,
    email text NOT NULL
);

CREATE TABLE orders (
    id integer PRIMARY KEY,
    account_id integer NOT NULL,
    total numeric(12, 2) NOT NULL
);

COMMIT;
