-- No JSONB column of the schema has a GIN or expression index: one finding for the schema,
-- listing the columns, instead of one per column.
-- expect: jsonb-no-gin public
CREATE TABLE products (id bigint PRIMARY KEY, attributes jsonb NOT NULL DEFAULT '{}');
CREATE TABLE events (id bigint PRIMARY KEY, payload jsonb NOT NULL);
