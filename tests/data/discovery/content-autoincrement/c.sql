-- jsonb in a comment does not count
CREATE TABLE c (note TEXT DEFAULT 'a::b');
