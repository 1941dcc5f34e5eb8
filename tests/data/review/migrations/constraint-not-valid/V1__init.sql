CREATE TABLE users (id bigint PRIMARY KEY);
CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint);
CREATE TABLE accounts (id bigint PRIMARY KEY, balance numeric);
