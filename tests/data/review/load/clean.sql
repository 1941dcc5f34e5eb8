-- expect-none: parse-error
-- expect-none: migration-error
CREATE TABLE ok (id integer PRIMARY KEY);
