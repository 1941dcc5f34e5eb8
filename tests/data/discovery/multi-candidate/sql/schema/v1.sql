CREATE TABLE t (id int, x int);
