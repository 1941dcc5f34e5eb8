CREATE TABLE accounts (id bigint PRIMARY KEY, region text, plan text);
