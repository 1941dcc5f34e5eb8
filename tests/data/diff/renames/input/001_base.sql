CREATE TABLE a (id integer PRIMARY KEY, x integer, y integer);
CREATE TABLE b (id integer PRIMARY KEY, v text);
CREATE TABLE c (id integer PRIMARY KEY);
CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN');
CREATE TABLE members (id integer PRIMARY KEY, role "Role" NOT NULL DEFAULT 'USER');
