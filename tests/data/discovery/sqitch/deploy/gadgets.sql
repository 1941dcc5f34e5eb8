BEGIN;
CREATE TABLE gadgets (id int);
COMMIT;
