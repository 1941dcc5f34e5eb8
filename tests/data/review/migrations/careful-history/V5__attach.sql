SET lock_timeout = '5s';
SET statement_timeout = '15min';

ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_idx;
