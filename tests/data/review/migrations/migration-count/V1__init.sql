CREATE TABLE counters (id bigint PRIMARY KEY);
