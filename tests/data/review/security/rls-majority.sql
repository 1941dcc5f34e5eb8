-- expect: rls-missing settings
-- expect: rls-missing webhooks
-- Most tables of schema app have row-level security; settings and webhooks, added later,
-- do not, whatever their columns. In schema reports only two of five tables have RLS and
-- the others have no owner column: no convention to break.
CREATE SCHEMA app;
CREATE TABLE app.notes (id bigint PRIMARY KEY, user_id uuid NOT NULL);
ALTER TABLE app.notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_owner ON app.notes USING (user_id = current_setting('app.user')::uuid);
CREATE TABLE app.files (id bigint PRIMARY KEY, user_id uuid NOT NULL);
ALTER TABLE app.files ENABLE ROW LEVEL SECURITY;
CREATE POLICY files_owner ON app.files USING (user_id = current_setting('app.user')::uuid);
CREATE TABLE app.tags (id bigint PRIMARY KEY, user_id uuid NOT NULL, name text);
ALTER TABLE app.tags ENABLE ROW LEVEL SECURITY;
CREATE POLICY tags_owner ON app.tags USING (user_id = current_setting('app.user')::uuid);
CREATE TABLE app.settings (id bigint PRIMARY KEY, key text NOT NULL, value text);
CREATE TABLE app.webhooks (id bigint PRIMARY KEY, url text NOT NULL, secret_hash text);
CREATE SCHEMA reports;
CREATE TABLE reports.daily (id bigint PRIMARY KEY, owner_id uuid NOT NULL);
ALTER TABLE reports.daily ENABLE ROW LEVEL SECURITY;
CREATE POLICY daily_owner ON reports.daily USING (owner_id = current_setting('app.user')::uuid);
CREATE TABLE reports.weekly (id bigint PRIMARY KEY, owner_id uuid NOT NULL);
ALTER TABLE reports.weekly ENABLE ROW LEVEL SECURITY;
CREATE POLICY weekly_owner ON reports.weekly USING (owner_id = current_setting('app.user')::uuid);
CREATE TABLE reports.kinds (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE reports.units (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE reports.formats (id bigint PRIMARY KEY, name text NOT NULL);
