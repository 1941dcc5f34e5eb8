CREATE TABLE before_the_end (x);
CREATE TABLE 'unterminated (x);
CREATE TABLE never_seen (x);
