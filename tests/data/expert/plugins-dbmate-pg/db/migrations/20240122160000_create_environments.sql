-- migrate:up
CREATE TYPE environment_kind AS ENUM ('development', 'staging', 'production');

CREATE TABLE environments (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    name text NOT NULL,
    kind environment_kind NOT NULL,
    created_at timestamp NOT NULL DEFAULT now(),
    UNIQUE (tenant_id, name)
);

CREATE TABLE plugin_installations (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    plugin_id uuid NOT NULL REFERENCES plugins (id) ON DELETE CASCADE,
    environment_type environment_kind NOT NULL,
    environment_id uuid NOT NULL REFERENCES environments (id) ON DELETE CASCADE,
    installed_version text NOT NULL,
    created_at timestamp NOT NULL DEFAULT now(),
    UNIQUE (plugin_id, environment_id)
);
CREATE INDEX plugin_installations_environment_id ON plugin_installations (environment_id);

-- migrate:down
DROP TABLE plugin_installations;
DROP TABLE environments;
DROP TYPE environment_kind;
