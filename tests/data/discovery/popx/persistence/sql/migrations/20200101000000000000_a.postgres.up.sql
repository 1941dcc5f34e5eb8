CREATE TABLE a (id uuid); -- postgres
