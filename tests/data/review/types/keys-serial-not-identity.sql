-- serial columns; identity columns are fine.
CREATE TABLE events (id bigserial PRIMARY KEY, name text);
CREATE TABLE audits (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
CREATE SEQUENCE manual_seq;
CREATE TABLE tickets (id bigint PRIMARY KEY DEFAULT nextval('manual_seq'));
-- expect: serial-not-identity events.id
