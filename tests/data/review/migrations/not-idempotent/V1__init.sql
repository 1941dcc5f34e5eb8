CREATE TABLE accounts (id bigint PRIMARY KEY);
CREATE TYPE plan AS ENUM ('free');
