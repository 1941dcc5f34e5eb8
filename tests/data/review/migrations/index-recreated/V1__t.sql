CREATE TABLE accounts (id bigint NOT NULL, email text NOT NULL, handle text NOT NULL);
ALTER TABLE accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);
CREATE UNIQUE INDEX accounts_email ON accounts (email);
CREATE INDEX accounts_handle ON accounts (handle);
