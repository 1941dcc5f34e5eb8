-- Triggers that keep timestamps or flags on the same row are not invariants of this kind.
-- expect-none: trigger-invariant
CREATE TABLE items (id bigint PRIMARY KEY, is_archived boolean NOT NULL DEFAULT false,
                    updated_at timestamptz);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at = now();
    UPDATE items SET is_archived = false WHERE id = NEW.id;
    RETURN NEW;
END
$$;
CREATE TRIGGER items_touch BEFORE UPDATE ON items FOR EACH ROW EXECUTE FUNCTION touch();
