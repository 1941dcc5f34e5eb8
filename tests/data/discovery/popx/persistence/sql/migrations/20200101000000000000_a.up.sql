CREATE TABLE a (id int); -- generic
