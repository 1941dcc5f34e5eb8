CREATE TABLE accounts (id bigint NOT NULL, email text, handle text, code text);
CREATE INDEX accounts_email ON accounts (email);
CREATE UNIQUE INDEX accounts_handle_active ON accounts (handle) WHERE code IS NOT NULL;
CREATE UNIQUE INDEX accounts_lower_email ON accounts (lower(email));
CREATE UNIQUE INDEX accounts_id ON accounts (id);
CREATE UNIQUE INDEX accounts_code ON accounts (code);

-- Only a plain unique b-tree index can become a key.
ALTER TABLE accounts ADD CONSTRAINT accounts_email_key UNIQUE USING INDEX accounts_email;
ALTER TABLE accounts ADD CONSTRAINT accounts_handle_key UNIQUE USING INDEX accounts_handle_active;
ALTER TABLE accounts ADD CONSTRAINT accounts_lower_key UNIQUE USING INDEX accounts_lower_email;
ALTER TABLE accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY USING INDEX accounts_id;
ALTER TABLE accounts ADD CONSTRAINT accounts_code_key UNIQUE USING INDEX accounts_code;
