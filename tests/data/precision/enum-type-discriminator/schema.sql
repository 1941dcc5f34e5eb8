CREATE TYPE environment_kind AS ENUM ('development', 'staging', 'production');
CREATE TYPE plan_kind AS ENUM ('free', 'pro', 'enterprise');

CREATE TABLE environments (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL,
    kind environment_kind NOT NULL
);

CREATE TABLE deployments (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    environment_type environment_kind NOT NULL,
    environment_id bigint NOT NULL,
    commit_sha text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE plans (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL,
    kind plan_kind NOT NULL
);

CREATE TABLE subscriptions (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_type plan_kind NOT NULL,
    plan_id bigint NOT NULL REFERENCES plans (id) ON DELETE RESTRICT,
    -- the customer's id in Stripe, not a row of ours
    external_account_id text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX subscriptions_plan_id ON subscriptions (plan_id);
