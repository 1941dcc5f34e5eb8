-- migrate:up
CREATE TABLE users (
    id serial PRIMARY KEY,
    name text -- é
);

-- migrate:down
DROP TABLE users;
