-- migrate:up
CREATE TABLE plugins (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    name text NOT NULL,
    version text NOT NULL,
    manifest jsonb NOT NULL,
    enabled boolean NOT NULL DEFAULT true,
    created_at timestamp NOT NULL DEFAULT now(),
    updated_at timestamp NOT NULL DEFAULT now(),
    UNIQUE (tenant_id, name)
);

CREATE TABLE hooks (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name text NOT NULL UNIQUE,
    description text
);

CREATE TABLE routes (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    method text NOT NULL,
    path text NOT NULL,
    UNIQUE (method, path)
);

CREATE TABLE settings (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    key text NOT NULL UNIQUE,
    value_schema jsonb NOT NULL
);

-- migrate:down
DROP TABLE settings;
DROP TABLE routes;
DROP TABLE hooks;
DROP TABLE plugins;
