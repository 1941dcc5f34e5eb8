CREATE TABLE tenants (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE users (id bigint PRIMARY KEY, tenant_id bigint NOT NULL REFERENCES tenants);
CREATE TABLE events (id bigint PRIMARY KEY, tenant_id bigint NOT NULL REFERENCES tenants,
                     user_id bigint NOT NULL REFERENCES users);
CREATE TABLE logs (id bigint PRIMARY KEY, tenant_id bigint NOT NULL REFERENCES tenants);
CREATE TABLE orders (id bigint PRIMARY KEY,
                     user_id bigint NOT NULL REFERENCES users ON DELETE CASCADE);
