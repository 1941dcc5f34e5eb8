SET lock_timeout = '5s';
SET statement_timeout = '15min';

ALTER TABLE users ADD COLUMN locale text NOT NULL DEFAULT 'en';
ALTER TABLE users ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID;
ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;
ALTER TYPE status ADD VALUE 'in_review' BEFORE 'approved';
CREATE DOMAIN email_address AS text;
CREATE TABLE import_scratch (id bigint PRIMARY KEY, payload text);
TRUNCATE import_scratch;
