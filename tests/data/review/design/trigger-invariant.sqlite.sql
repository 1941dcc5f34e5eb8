-- expect: trigger-invariant accounts.is_primary
CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL,
    is_primary INTEGER NOT NULL DEFAULT 0
);
CREATE TRIGGER accounts_one_primary AFTER INSERT ON accounts
WHEN NEW.is_primary = 1
BEGIN
    UPDATE accounts SET is_primary = 0 WHERE user_id = NEW.user_id AND id != NEW.id;
END;
