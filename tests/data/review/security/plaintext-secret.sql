-- expect: plaintext-secret users.password
-- expect: plaintext-secret users.reset_token
-- expect: plaintext-secret integrations.api_key
-- expect: plaintext-secret integrations.clientSecret
-- expect: plaintext-secret oauth_accounts.refresh_token
-- Tables of secrets name their value column plainly: value, key, code.
-- expect: plaintext-secret refresh_tokens.value
-- expect: plaintext-secret api_keys.key
-- expect: plaintext-secret oauth_codes.code
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
CREATE TABLE refresh_tokens (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id), value text NOT NULL UNIQUE, expires_at timestamptz NOT NULL);
CREATE TABLE api_keys (id bigint PRIMARY KEY, name text NOT NULL, key text NOT NULL UNIQUE, key_prefix text NOT NULL);
CREATE TABLE oauth_codes (code text PRIMARY KEY, client_id text NOT NULL, redirect_uri text NOT NULL);
