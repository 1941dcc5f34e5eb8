-- Enum-like text columns: orders.status and plans.tier (a length CHECK lists no values) are
-- free text. The others are validated (CHECK lists as PostgreSQL deparses them, OR'ed
-- equalities, a lookup-table FK, an enum type) or are not enum-like despite the name (a
-- MIME type, a polymorphic class name, a settings value type, a postal state, an OAuth token
-- type, a lookup table's own key, an integer status code).
-- expect: enum-like-no-check orders.status
-- expect: enum-like-no-check plans.tier
CREATE TYPE ticket_kind AS ENUM ('bug', 'feature');
CREATE TABLE order_statuses (code text PRIMARY KEY, label text NOT NULL);
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    status text NOT NULL DEFAULT 'pending',
    fulfillment_status text REFERENCES order_statuses (code)
);
CREATE TABLE tickets (
    id bigint PRIMARY KEY,
    kind ticket_kind NOT NULL,
    priority varchar(10) NOT NULL CHECK (priority IN ('low', 'normal', 'high')),
    mode text CHECK (mode = 'sync' OR mode = 'async'),
    review_state text,
    CONSTRAINT tickets_review_state_check CHECK (lower(review_state) IN ('open', 'closed'))
);
CREATE TABLE plans (id bigint PRIMARY KEY, tier text CHECK (length(tier) < 20));
CREATE TABLE attachments (id bigint PRIMARY KEY, content_type text NOT NULL, mime_type text);
CREATE TABLE comments (
    id bigint PRIMARY KEY,
    commentable_type varchar(255) NOT NULL,
    commentable_id bigint NOT NULL,
    body text
);
CREATE TABLE settings (id bigint PRIMARY KEY, key text NOT NULL, value text, type text NOT NULL);
CREATE TABLE addresses (id bigint PRIMARY KEY, street text, city text, state text, zip text);
CREATE TABLE oauth_tokens (id bigint PRIMARY KEY, token_type text NOT NULL, grant_type text);
CREATE TABLE jobs (id bigint PRIMARY KEY, status integer NOT NULL);
