-- DML runs, and so do the triggers: the DELETE is refused by items_del.
INSERT INTO items (name) VALUES ('first');
INSERT INTO item_names VALUES (7, 'through the view');
DELETE FROM items WHERE id = 1;
