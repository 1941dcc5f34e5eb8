CREATE TABLE crlf (a INT);
-- windows line endings
CREATE TABLE crlf2 (a INT,
   b INT REFERENCES crlf (a) ON UPDATE NOWHERE);
CREATE TABLE crlf3 (a INT);
