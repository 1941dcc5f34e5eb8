ALTER TABLE tickets
    ADD CONSTRAINT tickets_sla_policy_id_fkey FOREIGN KEY (sla_policy_id)
    REFERENCES sla_policies (id) NOT VALID;
ALTER TABLE tickets VALIDATE CONSTRAINT tickets_sla_policy_id_fkey;
CREATE INDEX CONCURRENTLY tickets_sla_policy_id ON tickets (sla_policy_id);
