-- expect-none: polymorphic-fk
CREATE TABLE accounts (id bigint PRIMARY KEY);
CREATE TABLE charges (id bigint PRIMARY KEY, account_type text,
                      account_id bigint NOT NULL REFERENCES accounts, kind text);
-- A type column describing the row itself (domainId is the key) or the table its id names
-- (template_type + template_id, templates exists: soft-fk's business) is not polymorphic.
CREATE TABLE domain ("domainId" text PRIMARY KEY, "domainType" text);
CREATE TABLE templates (id bigint PRIMARY KEY);
CREATE TABLE envelopes (id bigint PRIMARY KEY, template_type text, template_id bigint);
