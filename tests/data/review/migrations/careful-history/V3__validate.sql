SET lock_timeout = '5s';
SET statement_timeout = '15min';

ALTER TABLE users VALIDATE CONSTRAINT users_email_not_null;
ALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk;
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
ALTER TABLE users DROP CONSTRAINT users_email_not_null;
