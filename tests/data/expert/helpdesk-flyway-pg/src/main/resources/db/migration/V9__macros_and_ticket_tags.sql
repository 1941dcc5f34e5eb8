CREATE TABLE macros (
    id integer PRIMARY KEY,
    organization_id integer NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    -- NULL for the organization's shared macros
    owner_id integer REFERENCES users (id) ON DELETE CASCADE,
    name text NOT NULL,
    body text NOT NULL,
    priority text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT macros_owner_name UNIQUE (organization_id, owner_id, name)
);
CREATE INDEX macros_organization_id ON macros (organization_id);

CREATE TABLE ticket_tags (
    ticket_id integer NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    tag_id integer NOT NULL REFERENCES tags (id),
    organization_id integer NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    PRIMARY KEY (ticket_id, tag_id)
);
CREATE INDEX ticket_tags_tag_id ON ticket_tags (tag_id);
CREATE INDEX ticket_tags_organization_id ON ticket_tags (organization_id);
