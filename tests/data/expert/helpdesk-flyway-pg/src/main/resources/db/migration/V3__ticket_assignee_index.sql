CREATE INDEX CONCURRENTLY tickets_assignee_id ON tickets (assignee_id);
