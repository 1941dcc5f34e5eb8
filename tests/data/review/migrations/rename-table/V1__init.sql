CREATE TABLE person (id bigint PRIMARY KEY);
