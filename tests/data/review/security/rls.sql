-- notes and projects are protected by policies on user_id; files has user_id but no RLS.
-- countries has no owner column, but three of the five tables have RLS: the schema's rule,
-- which a table without it breaks (Supabase exposes it to every API role). audit_events has
-- RLS but no policy.
-- expect: rls-missing files
-- expect: rls-missing countries
-- expect: rls-no-policy audit_events
CREATE TABLE notes (id bigint PRIMARY KEY, user_id uuid NOT NULL, body text);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_owner ON notes USING (user_id = current_setting('app.user_id')::uuid);
CREATE TABLE projects (id bigint PRIMARY KEY, user_id uuid NOT NULL, is_public boolean);
ALTER TABLE projects ENABLE ROW LEVEL SECURITY;
CREATE POLICY projects_owner ON projects
    USING (user_id = current_setting('app.user_id')::uuid OR is_public);
CREATE TABLE files (id bigint PRIMARY KEY, user_id uuid NOT NULL, path text NOT NULL);
CREATE TABLE countries (code char(2) PRIMARY KEY, name text NOT NULL, is_public boolean);
CREATE TABLE audit_events (id bigint PRIMARY KEY, payload jsonb);
ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY;
