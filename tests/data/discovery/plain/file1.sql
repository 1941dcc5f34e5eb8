CREATE TABLE f1 (id int);
