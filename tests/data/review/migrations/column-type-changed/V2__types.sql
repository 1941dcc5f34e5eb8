-- score: a real conversion. title and price: catalog-only widenings.
ALTER TABLE docs ALTER COLUMN score TYPE double precision;
ALTER TABLE docs ALTER COLUMN title TYPE varchar(200);
ALTER TABLE docs ALTER COLUMN price TYPE numeric(12,2);
CREATE TABLE drafts (id bigint PRIMARY KEY, n integer);
ALTER TABLE drafts ALTER COLUMN n TYPE bigint;
