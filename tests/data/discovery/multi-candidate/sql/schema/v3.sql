CREATE TABLE w (id int);
