-- The table-rebuild pattern of SQLite migration tools.
PRAGMA foreign_keys = OFF;
CREATE TABLE new_agents (
    id INTEGER PRIMARY KEY,
    display_name TEXT NOT NULL,
    team_id INTEGER REFERENCES squads (id) ON DELETE CASCADE,
    email TEXT NOT NULL DEFAULT ''
);
INSERT INTO new_agents SELECT id, display_name, team_id, email FROM agents;
DROP TABLE agents;
ALTER TABLE new_agents RENAME TO agents;
CREATE INDEX agents_team ON agents (team_id);
PRAGMA foreign_keys = ON;
CREATE VIEW agent_squads AS SELECT a.display_name, s.title FROM agents a JOIN squads s ON s.id = a.team_id;
CREATE TRIGGER agents_audit AFTER DELETE ON agents BEGIN SELECT 1; END;
DROP TRIGGER agents_audit;
DROP VIEW agent_squads;
