-- Every tenant table is filtered by the organization the connection is scoped to.
ALTER TABLE contacts ENABLE ROW LEVEL SECURITY;
CREATE POLICY contacts_tenant ON contacts
    USING (organization_id = current_setting('app.organization_id')::integer);

ALTER TABLE tickets ENABLE ROW LEVEL SECURITY;
CREATE POLICY tickets_tenant ON tickets
    USING (organization_id = current_setting('app.organization_id')::integer);

ALTER TABLE ticket_comments ENABLE ROW LEVEL SECURITY;
CREATE POLICY ticket_comments_tenant ON ticket_comments
    USING (organization_id = current_setting('app.organization_id')::integer);

ALTER TABLE attachments ENABLE ROW LEVEL SECURITY;
CREATE POLICY attachments_tenant ON attachments
    USING (organization_id = current_setting('app.organization_id')::integer);

ALTER TABLE tags ENABLE ROW LEVEL SECURITY;
CREATE POLICY tags_tenant ON tags
    USING (organization_id = current_setting('app.organization_id')::integer);

ALTER TABLE ticket_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY ticket_events_tenant ON ticket_events
    USING (organization_id = current_setting('app.organization_id')::integer);

ALTER TABLE integrations ENABLE ROW LEVEL SECURITY;
CREATE POLICY integrations_tenant ON integrations
    USING (organization_id = current_setting('app.organization_id')::integer);
