-- Loading goes on after the errors of 002.
CREATE TABLE after_errors (id int PRIMARY KEY, b_id int REFERENCES b);
CREATE TABLE unterminated (note text DEFAULT 'oops);
