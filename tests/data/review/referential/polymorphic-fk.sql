-- expect: polymorphic-fk comments.commentable_id
-- expect: polymorphic-fk audit_events.subjectId
-- An x_type + x_id pair is polymorphic; a pair whose id is a declared FK (account_type
-- describes the account it references) is not, nor is a lone *_type column. The pairs state
-- no values: nothing else explains them (text keys exist for subjectId).
CREATE TABLE accounts (id bigint PRIMARY KEY);
CREATE TABLE comments (
    id bigint PRIMARY KEY,
    commentable_type text NOT NULL,
    commentable_id bigint NOT NULL,
    account_type text,
    account_id bigint REFERENCES accounts,
    content_type text
);
CREATE TABLE audit_events (id bigint PRIMARY KEY, "subjectType" text, "subjectId" text);
CREATE TABLE "Project" (id text PRIMARY KEY, name text NOT NULL);
