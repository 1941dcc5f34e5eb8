CREATE TABLE b (id integer primary key autoincrement);
