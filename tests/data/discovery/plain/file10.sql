CREATE TABLE f10 (id int);
