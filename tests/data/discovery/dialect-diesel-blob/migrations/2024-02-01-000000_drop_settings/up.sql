-- Settings moved to the workspace. The table CHECK items_settings_json still names the
-- column, so SQLite refuses this drop.
ALTER TABLE workspaces ADD COLUMN settings TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(settings));
ALTER TABLE items DROP COLUMN settings;
