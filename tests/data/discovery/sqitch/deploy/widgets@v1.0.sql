BEGIN;
CREATE TABLE widgets (id int);
COMMIT;
