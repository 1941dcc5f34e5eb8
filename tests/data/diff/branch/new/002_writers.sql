-- The branch renames authors and a column, and adds a column: one rename each, not a drop and an add.
ALTER TABLE authors RENAME TO writers;
ALTER TABLE writers RENAME COLUMN full_name TO name;
ALTER TABLE books ADD COLUMN published timestamptz;
