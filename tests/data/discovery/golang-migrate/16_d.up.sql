CREATE TABLE t16 (id int);
