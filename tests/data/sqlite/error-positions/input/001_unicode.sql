-- Größe: columns count characters, not bytes (ä, ö, ü are two bytes each).
CREATE TABLE größe (id INTEGER PRIMARY KEY, wert TEXT); SELECT * FROM nirgendwo; CREATE TABLE ok (x);
CREATE TABLE t2 (a INT, b INT REFERENCES größe (id) ON DELETE EXPLODE);
INSERT INTO größe (id, wert) VALUES (1, 'ä'), (1, 'ö');
  SELECT wert, nichtda FROM größe;
CREATE TABLE last_one (x) -- no semicolon at the end of the file
