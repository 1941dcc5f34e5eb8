-- Objects that later migrations rename or move. PostgreSQL stores defaults, CHECKs and
-- index expressions as trees that refer to columns, types and sequences by number, so
-- the renames must show in them (tst_pgoracle replays this case on a real server).
CREATE SCHEMA archive;
CREATE DOMAIN short_text AS text;

CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN');
CREATE TYPE status AS ENUM ('draft', 'live');
CREATE TYPE mood AS ENUM ('ok', 'sad');

-- Explicit NULL defaults: PostgreSQL stores none unless a coercion is needed.
CREATE TABLE defaults (
    id serial PRIMARY KEY,
    a text DEFAULT NULL,
    b integer DEFAULT NULL::integer,
    c text DEFAULT NULL::text::text,
    d varchar(20) DEFAULT NULL,
    e varchar(20) DEFAULT NULL::text,
    f short_text DEFAULT NULL,
    g "Role" DEFAULT NULL,
    h integer NOT NULL DEFAULT -1,
    i numeric DEFAULT -1.5,
    j integer DEFAULT 7
);
ALTER TABLE defaults ALTER COLUMN j SET DEFAULT NULL;
ALTER TABLE defaults ADD COLUMN k bigint DEFAULT NULL;

CREATE TABLE members (
    id serial PRIMARY KEY,
    role "Role" NOT NULL DEFAULT 'USER',
    roles "Role"[],
    state status,
    feeling mood NOT NULL DEFAULT 'ok'::mood,
    email text NOT NULL,
    score integer NOT NULL,
    doubled integer GENERATED ALWAYS AS (score * 2) STORED,
    CONSTRAINT members_score_check CHECK (score >= 0 AND "score" < 100),
    CONSTRAINT members_email_check CHECK (char_length(members.email) > 3)
);
CREATE INDEX members_lower_email ON members (lower(email)) WHERE score > 10;
CREATE INDEX members_score_idx ON members (score) WHERE email IS NOT NULL;

CREATE SEQUENCE ticket_numbers;
CREATE SEQUENCE other_numbers;
CREATE TABLE tickets (
    id integer NOT NULL DEFAULT nextval('ticket_numbers'::regclass),
    other integer DEFAULT nextval('other_numbers')
);

CREATE TABLE posts (
    id serial PRIMARY KEY,
    title text
);
