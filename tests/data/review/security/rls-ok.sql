-- RLS everywhere it matters, each with a policy; another schema without RLS is not compared.
-- expect-none: rls-missing
-- expect-none: rls-no-policy
CREATE TABLE notes (id bigint PRIMARY KEY, tenant_id bigint NOT NULL);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_tenant ON notes USING (tenant_id = current_setting('app.tenant')::bigint);
CREATE TABLE tags (id bigint PRIMARY KEY, tenant_id bigint NOT NULL);
ALTER TABLE tags ENABLE ROW LEVEL SECURITY;
CREATE POLICY tags_tenant ON tags USING (tenant_id = current_setting('app.tenant')::bigint);
CREATE SCHEMA internal;
CREATE TABLE internal.jobs (id bigint PRIMARY KEY, tenant_id bigint NOT NULL);
