ALTER TABLE documents ALTER COLUMN embedding TYPE vector(1024);
DROP INDEX documents_title_idx;
CREATE INDEX CONCURRENTLY documents_title_idx ON documents (lower(title));
ALTER TABLE documents ALTER COLUMN title SET NOT NULL;
