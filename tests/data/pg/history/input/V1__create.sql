CREATE TABLE documents (id bigint PRIMARY KEY, title text);
CREATE INDEX documents_title_idx ON documents (title);
