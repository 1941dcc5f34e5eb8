-- Baseline of the helpdesk schema, written when we moved from the Rails prototype.
START TRANSACTION;

CREATE TYPE ticket_status AS ENUM ('open', 'pending', 'on_hold', 'solved', 'closed');
CREATE TYPE ticket_priority AS ENUM ('low', 'normal', 'high', 'urgent');

CREATE TABLE organizations (
    id integer PRIMARY KEY,
    name text NOT NULL,
    slug text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
    id integer PRIMARY KEY,
    organization_id integer NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    email text NOT NULL,
    name text NOT NULL,
    password_digest text NOT NULL,
    is_agent boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_lower ON users (lower(email));
CREATE INDEX users_organization_id ON users (organization_id);

CREATE TABLE contacts (
    id integer PRIMARY KEY,
    organization_id integer NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    name text NOT NULL,
    email text,
    phone text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT contacts_organization_email UNIQUE (organization_id, email)
);

CREATE TABLE sla_policies (
    id integer PRIMARY KEY,
    organization_id integer NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    name text NOT NULL,
    first_response_minutes integer NOT NULL,
    resolution_minutes integer NOT NULL,
    created_at timestamp NOT NULL DEFAULT now(),
    updated_at timestamp NOT NULL DEFAULT now()
);
CREATE INDEX sla_policies_organization_id ON sla_policies (organization_id);

CREATE TABLE tickets (
    id integer PRIMARY KEY,
    organization_id integer NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    requester_id integer NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    assignee_id integer REFERENCES users (id) ON DELETE SET NULL,
    sla_policy_id integer,
    subject text NOT NULL,
    status ticket_status NOT NULL DEFAULT 'open',
    priority ticket_priority NOT NULL DEFAULT 'normal',
    custom_fields jsonb NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz
);
CREATE INDEX tickets_organization_status ON tickets (organization_id, status);
CREATE INDEX tickets_requester_id ON tickets (requester_id);
CREATE INDEX tickets_custom_fields ON tickets USING gin (custom_fields jsonb_path_ops);

CREATE TABLE ticket_comments (
    id integer PRIMARY KEY,
    organization_id integer NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    ticket_id integer NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    author_id integer REFERENCES users (id) ON DELETE SET NULL,
    body text NOT NULL,
    is_public boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz
);

CREATE TABLE attachments (
    id integer PRIMARY KEY,
    organization_id integer NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    comment_id integer NOT NULL REFERENCES ticket_comments (id) ON DELETE CASCADE,
    file_name text NOT NULL,
    content_type text NOT NULL,
    byte_size bigint NOT NULL,
    storage_key text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX attachments_comment_id ON attachments (comment_id);

CREATE TABLE tags (
    id integer PRIMARY KEY,
    organization_id integer NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    name text NOT NULL,
    CONSTRAINT tags_organization_name UNIQUE (organization_id, name)
);

CREATE TABLE ticket_events (
    id bigint PRIMARY KEY,
    organization_id integer NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    ticket_id integer NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    actor_id integer REFERENCES users (id) ON DELETE SET NULL,
    field text NOT NULL,
    old_value text,
    new_value text,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ticket_events_ticket_id ON ticket_events (ticket_id, created_at);

CREATE TABLE integrations (
    id integer PRIMARY KEY,
    organization_id integer NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    kind text NOT NULL CHECK (kind IN ('slack', 'jira', 'webhook')),
    webhook_url text,
    webhook_secret text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX integrations_organization_id ON integrations (organization_id);

COMMIT;
