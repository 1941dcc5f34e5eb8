CREATE DOMAIN positive AS numeric CHECK (VALUE > 0);
CREATE DOMAIN email AS text;
