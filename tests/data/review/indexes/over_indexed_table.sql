-- Eleven non-unique indexes besides the keys (threshold 10).
-- expect: over-indexed-table readings

CREATE TABLE readings (
    id bigint PRIMARY KEY,
    code text UNIQUE,
    c0 integer,
    c1 integer,
    c2 integer,
    c3 integer,
    c4 integer,
    c5 integer,
    c6 integer,
    c7 integer,
    c8 integer,
    c9 integer,
    c10 integer
);
CREATE INDEX readings_c0_idx ON readings (c0);
CREATE INDEX readings_c1_idx ON readings (c1);
CREATE INDEX readings_c2_idx ON readings (c2);
CREATE INDEX readings_c3_idx ON readings (c3);
CREATE INDEX readings_c4_idx ON readings (c4);
CREATE INDEX readings_c5_idx ON readings (c5);
CREATE INDEX readings_c6_idx ON readings (c6);
CREATE INDEX readings_c7_idx ON readings (c7);
CREATE INDEX readings_c8_idx ON readings (c8);
CREATE INDEX readings_c9_idx ON readings (c9);
CREATE INDEX readings_c10_idx ON readings (c10);
