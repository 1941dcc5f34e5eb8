CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE TABLE a (id bigserial PRIMARY KEY, d jsonb, t timestamptz);
