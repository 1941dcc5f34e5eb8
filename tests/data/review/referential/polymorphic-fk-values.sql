-- expect: polymorphic-fk comments.commentable_id
-- expect: polymorphic-fk notifications.recipient_id
-- A discriminator whose stated values name tables (a CHECK list of Post and Photo, a
-- default of 'User') is polymorphic. Not: an enum of plans and a CHECK list of environments
-- (kinds of one thing, naming no table), the id of a payment method at a provider, and a
-- media id that is the row's own identity (a unique key without the type).
CREATE TABLE users (id bigint PRIMARY KEY);
CREATE TABLE posts (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES users);
CREATE TABLE photos (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES users);
CREATE TABLE comments (
    id bigint PRIMARY KEY,
    commentable_type text NOT NULL CHECK (commentable_type IN ('Post', 'Photo')),
    commentable_id bigint NOT NULL
);
CREATE TABLE notifications (id bigint PRIMARY KEY,
                            recipient_type text NOT NULL DEFAULT 'User',
                            recipient_id bigint NOT NULL);
CREATE TYPE plan_kind AS ENUM ('free', 'pro', 'enterprise');
CREATE TABLE subscriptions (id bigint PRIMARY KEY, plan_type plan_kind NOT NULL,
                            plan_id text NOT NULL);
CREATE TABLE deployments (
    id bigint PRIMARY KEY,
    environment_type text NOT NULL DEFAULT 'production'
        CHECK (environment_type IN ('production', 'staging', 'preview')),
    environment_id bigint
);
CREATE TABLE payment_methods (id bigint PRIMARY KEY, provider_method_type text,
                              provider_method_id text);
CREATE TABLE remote_files (file_origin text NOT NULL, file_id text NOT NULL, file_type text,
                           UNIQUE (file_origin, file_id));
