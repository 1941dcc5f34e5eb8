CREATE TABLE small0 (id bigint PRIMARY KEY);
CREATE TABLE small1 (id bigint PRIMARY KEY);
CREATE TABLE small2 (id bigint PRIMARY KEY);
