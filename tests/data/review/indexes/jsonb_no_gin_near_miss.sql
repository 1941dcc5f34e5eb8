-- Indexed with GIN, by an expression on a key, payload-like (read whole, never searched), or
-- metadata-like with no sign anywhere in the schema that such columns are searched.
-- expect-none: jsonb-no-gin

CREATE TABLE products (
    id bigint PRIMARY KEY,
    attributes jsonb NOT NULL DEFAULT '{}',
    tags jsonb
);
CREATE INDEX products_attributes_idx ON products USING gin (attributes jsonb_path_ops);
CREATE INDEX products_tags_idx ON products USING gin ((tags -> 'names'));

CREATE TABLE assets (
    id bigint PRIMARY KEY,
    metadata jsonb
);
CREATE INDEX assets_metadata_sku_idx ON assets ((metadata ->> 'sku'));

CREATE TABLE webhook_deliveries (
    id bigint PRIMARY KEY,
    payload jsonb NOT NULL,
    headers jsonb NOT NULL,
    settings jsonb
);
-- metadata as json (not jsonb) is json-as-text's business, not this rule's.
CREATE TABLE audit_entries (
    id bigint PRIMARY KEY,
    metadata json
);

CREATE TABLE sessions (
    id bigint PRIMARY KEY,
    properties jsonb NOT NULL DEFAULT '{}'
);
