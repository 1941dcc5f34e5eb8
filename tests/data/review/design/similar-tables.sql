-- Two template tables with the same content columns (ids and timestamps ignored): merge
-- candidates. Archive copies and numbered manual partitions are copies on purpose.
-- expect: similar-tables email_templates
CREATE TABLE email_templates (
    id bigint PRIMARY KEY, name text NOT NULL, subject text, body text NOT NULL,
    locale text NOT NULL, is_active boolean NOT NULL, created_at timestamptz NOT NULL
);
CREATE TABLE sms_templates (
    id bigint PRIMARY KEY, name text NOT NULL, subject text, body text NOT NULL,
    locale text NOT NULL, is_active boolean NOT NULL, updated_at timestamptz
);
CREATE TABLE orders (
    id bigint PRIMARY KEY, customer_id bigint, total numeric(12,2), currency text,
    status text, placed_at timestamptz
);
CREATE TABLE orders_archive (
    id bigint PRIMARY KEY, customer_id bigint, total numeric(12,2), currency text,
    status text, placed_at timestamptz
);
CREATE TABLE events_2023 (id bigint PRIMARY KEY, kind text, payload jsonb, actor text, at timestamptz);
CREATE TABLE events_2024 (id bigint PRIMARY KEY, kind text, payload jsonb, actor text, at timestamptz);
