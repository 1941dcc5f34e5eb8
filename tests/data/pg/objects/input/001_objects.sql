CREATE SCHEMA app;
CREATE SCHEMA IF NOT EXISTS app;
CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA public;
CREATE SEQUENCE app.invoice_numbers;
CREATE TABLE app.invoices (
    id bigint PRIMARY KEY DEFAULT nextval('app.invoice_numbers'),
    owner_id uuid NOT NULL,
    total numeric(10,2),
    updated_at timestamptz
);
CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END $$;
CREATE TRIGGER invoices_touch BEFORE INSERT OR UPDATE OF total ON app.invoices
    FOR EACH ROW WHEN (NEW.total IS NOT NULL) EXECUTE FUNCTION app.touch();
ALTER TABLE app.invoices ENABLE ROW LEVEL SECURITY;
CREATE POLICY owner_reads ON app.invoices FOR SELECT TO authenticated
    USING (owner_id = current_setting('app.user')::uuid);
CREATE POLICY owner_writes ON app.invoices AS RESTRICTIVE FOR INSERT
    WITH CHECK (owner_id = current_setting('app.user')::uuid);
ALTER POLICY owner_reads ON app.invoices TO authenticated, admin;
COMMENT ON SCHEMA app IS 'Application schema';
COMMENT ON TABLE app.invoices IS 'One row per invoice';
COMMENT ON COLUMN app.invoices.total IS 'Gross total';
DROP TRIGGER IF EXISTS nothing_here ON app.invoices;
GRANT SELECT ON app.invoices TO authenticated;
INSERT INTO app.invoices (owner_id) VALUES (gen_random_uuid());
