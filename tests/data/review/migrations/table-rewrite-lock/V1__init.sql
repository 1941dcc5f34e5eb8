CREATE TABLE events (id bigint PRIMARY KEY);
CREATE TABLE logs (id bigint PRIMARY KEY);
