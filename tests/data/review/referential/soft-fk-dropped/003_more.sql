CREATE TABLE metrics (id bigint PRIMARY KEY, tenant_id bigint NOT NULL, value numeric(12, 2));
CREATE TABLE comments (id bigint PRIMARY KEY, user_id bigint NOT NULL, body text NOT NULL);
