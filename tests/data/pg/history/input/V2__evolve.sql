ALTER TABLE documents ADD COLUMN owner_id bigint NOT NULL;
ALTER TABLE documents ADD COLUMN embedding vector(1536);
CREATE INDEX documents_owner_idx ON documents (owner_id);
CREATE TABLE tags (id int PRIMARY KEY, name text);
CREATE INDEX tags_name_idx ON tags (name);
