-- Defaults that go stale: a fixed start date, an API version, a semver and a dotted
-- schema_version. Sentinels (epoch, infinity, far future), zero versions, now() and plain
-- numbers do not.
-- expect: hardcoded-dated-default subscriptions.starts_on
-- expect: hardcoded-dated-default clients.api_version
-- expect: hardcoded-dated-default plugins.min_version
-- expect: hardcoded-dated-default documents.schema_version
-- Model names go stale too: a dated snapshot, and a versioned name; an alias that tracks the
-- newest model does not.
-- expect: hardcoded-dated-default ai_settings.model
-- expect: hardcoded-dated-default ai_settings.embedding_model
CREATE TABLE subscriptions (
    id bigint PRIMARY KEY,
    starts_on date NOT NULL DEFAULT '2021-01-01',
    created_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamp DEFAULT '1970-01-01 00:00:00',
    valid_until timestamptz DEFAULT 'infinity',
    expires_on date DEFAULT '9999-12-31'
);
CREATE TABLE clients (id bigint PRIMARY KEY, api_version text NOT NULL DEFAULT 'v2');
CREATE TABLE plugins (id bigint PRIMARY KEY, min_version varchar(20) DEFAULT '2.3.1', installed_version text DEFAULT '0.0.0');
CREATE TABLE documents (id bigint PRIMARY KEY, schema_version text DEFAULT '1.0', ratio text DEFAULT '1.0', version integer DEFAULT 1);
CREATE TABLE ai_settings (id bigint PRIMARY KEY, model text NOT NULL DEFAULT 'gpt-4-0613',
    embedding_model text DEFAULT 'text-embedding-3-small', fallback_model text DEFAULT 'gpt-4o-latest');
