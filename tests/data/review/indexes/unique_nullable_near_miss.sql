-- An optional value unique when given (NULLs not colliding is the point), NULLS NOT DISTINCT,
-- a partial index for the NULL case, a partial key excluding NULLs, and keys without a
-- nullable column.
-- expect-none: unique-nullable
CREATE TABLE orgs (id bigint PRIMARY KEY);
CREATE TABLE contacts (
    id bigint PRIMARY KEY,
    org_id bigint NOT NULL REFERENCES orgs (id),
    email text,
    UNIQUE (org_id, email)
);
CREATE TABLE categories (
    id bigint PRIMARY KEY,
    org_id bigint NOT NULL REFERENCES orgs (id),
    parent_id bigint REFERENCES categories (id),
    name text NOT NULL,
    UNIQUE NULLS NOT DISTINCT (org_id, parent_id, name)
);
CREATE TABLE folders (
    id bigint PRIMARY KEY,
    org_id bigint NOT NULL REFERENCES orgs (id),
    parent_id bigint REFERENCES folders (id),
    name text NOT NULL
);
CREATE UNIQUE INDEX folders_child_name ON folders (org_id, parent_id, name);
CREATE UNIQUE INDEX folders_root_name ON folders (org_id, name) WHERE parent_id IS NULL;
CREATE TABLE slugs (
    id bigint PRIMARY KEY,
    org_id bigint NOT NULL REFERENCES orgs (id),
    archived_at timestamptz,
    slug text NOT NULL
);
CREATE UNIQUE INDEX slugs_live ON slugs (org_id, slug, archived_at) WHERE archived_at IS NULL;
CREATE TABLE tags (id bigint PRIMARY KEY, org_id bigint NOT NULL REFERENCES orgs (id), name text NOT NULL, UNIQUE (org_id, name));
-- An exclusive arc (a patch belongs to an application or a stack, each with its own key),
-- and a key whose other columns are unique already.
CREATE TABLE applications (id bigint PRIMARY KEY);
CREATE TABLE stacks (id bigint PRIMARY KEY);
CREATE TABLE patches (
    id bigint PRIMARY KEY,
    file_path text NOT NULL,
    application_id bigint REFERENCES applications (id),
    stack_id bigint REFERENCES stacks (id),
    UNIQUE (file_path, application_id),
    UNIQUE (file_path, stack_id)
);
CREATE TABLE shortcodes (code text PRIMARY KEY, creator_id bigint REFERENCES orgs (id), UNIQUE (code, creator_id));
-- An exclusive arc whose other parent is an external id, not a reference: the CHECK says each
-- alert belongs to a subscription or to a wallet, and each has its own key.
CREATE TABLE wallets (id bigint PRIMARY KEY);
CREATE TABLE usage_alerts (
    id bigint PRIMARY KEY,
    org_id bigint NOT NULL REFERENCES orgs (id),
    alert_type text NOT NULL,
    subscription_external_id text,
    wallet_id bigint REFERENCES wallets (id),
    CHECK ((subscription_external_id IS NOT NULL) <> (wallet_id IS NOT NULL))
);
CREATE UNIQUE INDEX usage_alerts_per_subscription ON usage_alerts (subscription_external_id, org_id, alert_type);
CREATE UNIQUE INDEX usage_alerts_per_wallet ON usage_alerts (wallet_id, org_id, alert_type);
