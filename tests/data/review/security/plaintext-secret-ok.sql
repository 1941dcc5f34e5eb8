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
