-- expect-none: soft-fk
-- Identifiers of other systems are no references into this schema: a table about an
-- integration (slack_integrations, gitlab) holds the other system's ids (Slack's bot user,
-- GitLab's OAuth application), and a name led by a system (stripe_customer_id,
-- provider_account_id) names that system's object. Only declared keys point here.
CREATE TABLE users (id bigint PRIMARY KEY);
CREATE TABLE teams (id bigint PRIMARY KEY, owner_id bigint NOT NULL REFERENCES users);
CREATE TABLE application (id text PRIMARY KEY, team_id bigint NOT NULL REFERENCES teams);
CREATE TABLE slack_integrations (id bigint PRIMARY KEY, team_id bigint NOT NULL REFERENCES teams,
                                 bot_user_id bigint, slack_team_id text);
CREATE TABLE gitlab (id text PRIMARY KEY, application_id text, team_id bigint REFERENCES teams);
CREATE TABLE accounts (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES users,
                       stripe_customer_id text, provider_account_id text);
