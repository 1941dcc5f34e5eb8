ALTER TABLE t ADD COLUMN a text;
ALTER TABLE public.t ADD COLUMN b text;
CREATE TEMP TABLE scratch (id int);
