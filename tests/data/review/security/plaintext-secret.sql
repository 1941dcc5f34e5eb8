-- expect: plaintext-secret users.password
-- expect: plaintext-secret users.reset_token
-- expect: plaintext-secret integrations.api_key
-- expect: plaintext-secret integrations.clientSecret
-- expect: plaintext-secret oauth_accounts.refresh_token
CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    password varchar(255),
    password_hash text,
    encrypted_password text,
    reset_token text,
    reset_token_sent_at timestamptz,
    reset_token_expires_at timestamptz,
    token_count integer NOT NULL DEFAULT 0,
    is_password_set boolean NOT NULL DEFAULT false,
    password_changed_at timestamptz
);
CREATE TABLE integrations (
    id bigint PRIMARY KEY,
    api_key text NOT NULL,
    api_key_prefix varchar(8),
    "clientSecret" text,
    webhook_secret_digest bytea
);
CREATE TABLE oauth_accounts (
    id bigint PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id),
    refresh_token text,
    access_token_expires_at timestamptz,
    token_type text
);
CREATE TABLE api_tokens (
    id bigint PRIMARY KEY,
    token_hash text NOT NULL UNIQUE,
    token_id uuid NOT NULL
);
-- Counters and cursors that happen to say "token".
CREATE TABLE llm_usage (id bigint PRIMARY KEY, prompt_tokens integer, total_tokens bigint,
                        stream_token text, csrf_token text);
