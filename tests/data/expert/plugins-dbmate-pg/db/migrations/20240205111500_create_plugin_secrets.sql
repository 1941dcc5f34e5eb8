-- migrate:up
CREATE TABLE plugin_secrets (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    plugin_id uuid NOT NULL REFERENCES plugins (id) ON DELETE CASCADE,
    name text NOT NULL,
    value text NOT NULL,
    created_at timestamp NOT NULL DEFAULT now(),
    UNIQUE (plugin_id, name)
);

-- migrate:down
DROP TABLE plugin_secrets;
