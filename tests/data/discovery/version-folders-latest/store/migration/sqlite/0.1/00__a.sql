CREATE TABLE a (id integer primary key autoincrement);
