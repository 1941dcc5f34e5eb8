-- expect: soft-fk rooms
-- expect: soft-fk public
-- expect: soft-fk notes.author_id
-- Conventions the schema shows, reported once each: most references to rooms are
-- unconstrained (five room_id columns, one foreign key), and the five stats_* tables declare
-- no foreign key at all while the rest of the schema does. notes.author_id is an oversight
-- among keyed references to authors.
CREATE TABLE rooms (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE authors (id bigint PRIMARY KEY);
CREATE TABLE books (id bigint PRIMARY KEY, author_id bigint NOT NULL REFERENCES authors);
CREATE TABLE essays (id bigint PRIMARY KEY, author_id bigint NOT NULL REFERENCES authors);
CREATE TABLE notes (id bigint PRIMARY KEY, author_id bigint NOT NULL);
CREATE TABLE members (id bigint PRIMARY KEY, room_id bigint NOT NULL REFERENCES rooms);
CREATE TABLE messages (id bigint PRIMARY KEY, room_id bigint NOT NULL);
CREATE TABLE receipts (id bigint PRIMARY KEY, room_id bigint NOT NULL);
CREATE TABLE aliases (id bigint PRIMARY KEY, room_id bigint NOT NULL);
CREATE TABLE tags (id bigint PRIMARY KEY, room_id bigint NOT NULL);
CREATE TABLE invites (id bigint PRIMARY KEY, room_id bigint NOT NULL);
CREATE TABLE stats_daily (id bigint PRIMARY KEY, book_id bigint NOT NULL);
CREATE TABLE stats_weekly (id bigint PRIMARY KEY, book_id bigint NOT NULL);
CREATE TABLE stats_authors (id bigint PRIMARY KEY, author_id bigint NOT NULL);
CREATE TABLE stats_totals (id bigint PRIMARY KEY, total bigint NOT NULL);
CREATE TABLE stats_runs (id bigint PRIMARY KEY, started_at timestamptz NOT NULL);
