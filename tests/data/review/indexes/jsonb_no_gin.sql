-- A filter-like JSONB column no index serves, and a metadata column left unindexed while
-- the same kind of column is GIN-indexed in another table (evidence the app searches it).
-- expect: jsonb-no-gin products.attributes
-- expect: jsonb-no-gin assets.metadata

CREATE TABLE products (
    id bigint PRIMARY KEY,
    name text NOT NULL,
    attributes jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX products_name_idx ON products (name);

CREATE TABLE documents (
    id bigint PRIMARY KEY,
    metadata jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX documents_metadata_idx ON documents USING gin (metadata);

CREATE TABLE assets (
    id bigint PRIMARY KEY,
    metadata jsonb
);
-- A btree on the whole document serves equality only, not containment or keys.
CREATE INDEX assets_metadata_idx ON assets (metadata);
