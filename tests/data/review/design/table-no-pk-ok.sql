-- Every table has a primary key (composite and identity ones included).
-- expect-none: table-no-pk
CREATE TABLE accounts (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text);
CREATE TABLE members (
    account_id bigint NOT NULL REFERENCES accounts (id),
    user_id bigint NOT NULL,
    PRIMARY KEY (account_id, user_id)
);
