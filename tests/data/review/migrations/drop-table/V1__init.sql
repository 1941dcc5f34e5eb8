CREATE TABLE legacy (id bigint PRIMARY KEY);
