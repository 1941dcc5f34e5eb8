-- migrate:up
CREATE TABLE plugin_hooks (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    plugin_id uuid NOT NULL REFERENCES plugins (id) ON DELETE CASCADE,
    hook_id uuid NOT NULL REFERENCES hooks (id) ON DELETE CASCADE,
    config jsonb NOT NULL DEFAULT '{}',
    enabled boolean NOT NULL DEFAULT true,
    created_at timestamp NOT NULL DEFAULT now()
);
CREATE INDEX plugin_hooks_plugin_id ON plugin_hooks (plugin_id);
CREATE INDEX plugin_hooks_hook_id ON plugin_hooks (hook_id);

CREATE TABLE plugin_routes (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    plugin_id uuid NOT NULL REFERENCES plugins (id) ON DELETE CASCADE,
    route_id uuid NOT NULL REFERENCES routes (id) ON DELETE CASCADE,
    config jsonb NOT NULL DEFAULT '{}',
    enabled boolean NOT NULL DEFAULT true,
    created_at timestamp NOT NULL DEFAULT now()
);
CREATE INDEX plugin_routes_plugin_id ON plugin_routes (plugin_id);
CREATE INDEX plugin_routes_route_id ON plugin_routes (route_id);

CREATE TABLE plugin_settings (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    plugin_id uuid NOT NULL REFERENCES plugins (id) ON DELETE CASCADE,
    setting_id uuid NOT NULL REFERENCES settings (id) ON DELETE CASCADE,
    config jsonb NOT NULL DEFAULT '{}',
    enabled boolean NOT NULL DEFAULT true,
    created_at timestamp NOT NULL DEFAULT now()
);
CREATE INDEX plugin_settings_plugin_id ON plugin_settings (plugin_id);
CREATE INDEX plugin_settings_setting_id ON plugin_settings (setting_id);

-- migrate:down
DROP TABLE plugin_settings;
DROP TABLE plugin_routes;
DROP TABLE plugin_hooks;
