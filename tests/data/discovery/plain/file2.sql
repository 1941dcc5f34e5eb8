CREATE TABLE f2 (id int);
