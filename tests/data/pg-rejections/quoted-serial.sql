-- A quoted "serial" is still serial: the column gets its own sequence, so creating a
-- sequence of that name afterwards fails on the server as in the loader.
CREATE TABLE users (id "serial", name text);
CREATE SEQUENCE users_id_seq;
CREATE TABLE teams (id "bigserial");
CREATE SEQUENCE teams_id_seq;
