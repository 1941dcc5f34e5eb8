-- char(n) pads; varchar and text do not.
CREATE TABLE countries (code char(2) PRIMARY KEY, name varchar(100), note text);
-- expect: char-type countries.code
