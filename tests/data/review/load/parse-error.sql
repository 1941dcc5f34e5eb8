-- expect: parse-error parse-error.sql
-- A statement that does not parse is reported and the rest still loads.
CREATE TABLE ok (id integer PRIMARY KEY);
CREATE TABLE broken (id integer PRIMARY KEY,);
