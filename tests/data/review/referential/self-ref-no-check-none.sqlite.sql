-- expect-none: self-ref-no-check
CREATE TABLE folders (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES folders (id),
                      CHECK (parent_id != id));
