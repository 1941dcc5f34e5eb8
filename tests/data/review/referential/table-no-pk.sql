-- expect: table-no-pk tags
-- expect: table-no-pk later
-- (More cases in design/.) A unique NOT NULL key that could be promoted; a primary key added
-- and dropped again by ALTER TABLE.
CREATE TABLE tags (name text NOT NULL UNIQUE);
CREATE TABLE later (id bigint NOT NULL);
ALTER TABLE later ADD PRIMARY KEY (id);
ALTER TABLE later DROP CONSTRAINT later_pkey;
CREATE TABLE kept (id bigint NOT NULL);
ALTER TABLE kept ADD PRIMARY KEY (id);
