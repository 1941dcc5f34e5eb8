-- Hashes, ciphertext and facts about secrets only.
-- expect-none: plaintext-secret
CREATE TABLE credentials_meta (
    id bigint PRIMARY KEY,
    password_digest text NOT NULL,
    secret_hash bytea,
    api_key_encrypted bytea,
    token_hash text,
    token_expires_at timestamptz,
    password_required boolean,
    max_tokens integer,
    tokenizer text
);
-- Key-value tables whose value is not a secret, and the name column of a secrets table.
CREATE TABLE settings (key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE vault_secrets (id bigint PRIMARY KEY, key text NOT NULL, value_ciphertext bytea NOT NULL);
CREATE TABLE discount_codes (id bigint PRIMARY KEY, code text NOT NULL UNIQUE, percent integer NOT NULL);
CREATE TABLE stream_positions (id bigint PRIMARY KEY, last_token text NOT NULL);
-- A lock's token is a fencing token that proves who holds the lock, not a credential.
CREATE TABLE worker_locks (lock_name text NOT NULL, lock_key text NOT NULL, instance_name text,
                           token text NOT NULL, last_renewed_ts bigint NOT NULL);
