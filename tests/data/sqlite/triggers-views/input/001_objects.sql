CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT, updated_at TEXT, version INTEGER DEFAULT 0);
CREATE TABLE item_log (item_id INTEGER, action TEXT, at TEXT);

CREATE TRIGGER items_touch AFTER UPDATE OF name, version ON items
FOR EACH ROW WHEN NEW.name IS NOT OLD.name
BEGIN
    UPDATE items SET updated_at = datetime('now'), version = version + 1 WHERE id = NEW.id;
    INSERT INTO item_log VALUES (NEW.id, 'update; rename', datetime('now'));
END;
CREATE TRIGGER items_ins AFTER INSERT ON items BEGIN INSERT INTO item_log VALUES (NEW.id, 'insert', NULL); END;
CREATE TRIGGER IF NOT EXISTS items_del BEFORE DELETE ON items
BEGIN
    SELECT RAISE(ABORT, 'items are never deleted');
END;

CREATE VIEW item_names (item_id, item_name) AS SELECT id, name FROM items;
CREATE VIEW recent_log AS
    SELECT *
    FROM item_log
    WHERE at > datetime('now', '-1 day');
CREATE TRIGGER item_names_ins INSTEAD OF INSERT ON item_names
BEGIN
    INSERT INTO items (id, name) VALUES (NEW.item_id, NEW.item_name);
END;
