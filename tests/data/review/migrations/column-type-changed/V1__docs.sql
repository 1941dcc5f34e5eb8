CREATE TABLE docs (id bigint PRIMARY KEY, title varchar(50), score integer, price numeric(8,2));
