-- Length limits kept in the type; text (with a CHECK) and varchar without a length are fine.
CREATE TABLE users (id bigint PRIMARY KEY, email varchar(255), name varchar);
CREATE TABLE notes (id bigint PRIMARY KEY, body text CHECK (length(body) <= 1000));
-- expect: varchar-length users.email
