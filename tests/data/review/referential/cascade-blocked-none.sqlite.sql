-- expect-none: cascade-blocked
-- A tree that cascades from its root, with a self-reference inside the cascaded table.
CREATE TABLE boards (id INTEGER PRIMARY KEY);
CREATE TABLE cards (id INTEGER PRIMARY KEY,
                    board_id INTEGER REFERENCES boards (id) ON DELETE CASCADE,
                    parent_id INTEGER REFERENCES cards (id));
CREATE TABLE card_labels (card_id INTEGER REFERENCES cards (id) ON DELETE CASCADE, label TEXT);
