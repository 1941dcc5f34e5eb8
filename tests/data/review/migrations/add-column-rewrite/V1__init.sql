CREATE TABLE users (id bigint PRIMARY KEY, first_name text, last_name text);
CREATE FUNCTION slug_of(text) RETURNS text IMMUTABLE LANGUAGE sql AS $$ SELECT lower($1) $$;
