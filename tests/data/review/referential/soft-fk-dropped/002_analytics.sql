-- events and logs move to the analytics database: they must not block deleting a tenant.
ALTER TABLE events DROP CONSTRAINT events_tenant_id_fkey;
ALTER TABLE logs DROP CONSTRAINT logs_tenant_id_fkey;
-- Orders of a deleted user are kept.
ALTER TABLE orders DROP CONSTRAINT orders_user_id_fkey;
ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users
    ON DELETE RESTRICT;
