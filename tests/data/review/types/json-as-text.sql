-- JSON in text: webhooks.payload_json (name), widgets.settings (name, '{}' default) and
-- exports.columns (a '[]' default). hooks.metadata is validated by a cast CHECK; users.data
-- and notes.body are no JSON by name; configs.config is jsonb already.
-- expect: json-as-text webhooks.payload_json
-- expect: json-as-text widgets.settings
-- expect: json-as-text exports.columns
CREATE TABLE webhooks (id bigint PRIMARY KEY, payload_json text NOT NULL);
CREATE TABLE widgets (id bigint PRIMARY KEY, settings text NOT NULL DEFAULT '{}');
CREATE TABLE exports (id bigint PRIMARY KEY, columns varchar(4000) DEFAULT '[]');
CREATE TABLE hooks (
    id bigint PRIMARY KEY,
    metadata text CHECK (metadata IS NULL OR (metadata::jsonb) IS NOT NULL)
);
CREATE TABLE users (id bigint PRIMARY KEY, data text);
CREATE TABLE notes (id bigint PRIMARY KEY, body text);
CREATE TABLE configs (id bigint PRIMARY KEY, config jsonb NOT NULL DEFAULT '{}');
