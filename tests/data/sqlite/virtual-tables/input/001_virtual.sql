-- Virtual tables are kept; their shadow tables (docs_data, notes_content, …) are not.
CREATE VIRTUAL TABLE docs USING fts5(title, body);
CREATE VIRTUAL TABLE notes USING fts4(content, tokenize=porter);
CREATE VIRTUAL TABLE boxes USING rtree(id, min_x, max_x);
CREATE VIRTUAL TABLE vectors USING vec0(embedding float[4]);
CREATE TABLE doc_meta (doc_id INTEGER PRIMARY KEY, author TEXT);
INSERT INTO docs (title, body) VALUES ('a', 'b');
DROP TABLE boxes;
