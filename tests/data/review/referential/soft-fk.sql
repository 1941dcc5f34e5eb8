-- expect: soft-fk posts.user_id
-- expect: soft-fk posts.parent_id
-- expect: soft-fk orders.billing_address_id
-- expect: soft-fk orders.customerId
-- expect: soft-fk blog_comments.article_id
-- expect: soft-fk invoices.voided_invoice_id
-- Named after a table (singular or plural, camelCase too), a self-reference, a prefixed role
-- (billing_ address) and a table with an app prefix (blog_articles) are soft references. Not:
-- identifiers of other systems (stripe_customer_id), polymorphic pairs (reviewed_item_type + _id), names with no table
-- (author_id), a declared FK, a column whose type cannot hold the key (account_id text), and
-- a table's own key named after it (users.user_id). A role word in front makes a
-- self-reference (voided_invoice_id). Payments declare their keys: the schema uses foreign
-- keys, so the ones missing are oversights.
CREATE TABLE users (user_id bigint PRIMARY KEY, email text NOT NULL);
CREATE TABLE customers (id bigint PRIMARY KEY);
CREATE TABLE addresses (id bigint PRIMARY KEY, line1 text);
CREATE TABLE accounts (id bigint PRIMARY KEY);
CREATE TABLE items (id bigint PRIMARY KEY);
CREATE TABLE blog_articles (id bigint PRIMARY KEY, title text);
CREATE TABLE posts (
    id bigint PRIMARY KEY,
    user_id bigint NOT NULL,
    parent_id bigint,
    author_id bigint,
    account_id text,
    stripe_customer_id bigint,
    reviewed_item_type text,
    reviewed_item_id bigint
);
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    "customerId" bigint,
    billing_address_id bigint,
    user_id bigint REFERENCES users
);
CREATE TABLE blog_comments (id bigint PRIMARY KEY, article_id bigint NOT NULL, body text);
CREATE TABLE invoices (id bigint PRIMARY KEY, voided_invoice_id bigint);
CREATE TABLE payments (id bigint PRIMARY KEY, order_id bigint NOT NULL REFERENCES orders,
                       customer_id bigint NOT NULL REFERENCES customers);
