-- A trigger function clears is_default on the user's other addresses: one default per
-- user_id, which a partial unique index would enforce. payment_methods has the index.
-- expect: trigger-invariant addresses.is_default
CREATE TABLE users (id bigint PRIMARY KEY);
CREATE TABLE addresses (
    id bigint PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id),
    is_default boolean NOT NULL DEFAULT false
);
CREATE FUNCTION unset_other_default_addresses() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.is_default THEN
        UPDATE addresses SET is_default = false
         WHERE user_id = NEW.user_id AND id <> NEW.id;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER addresses_single_default AFTER INSERT OR UPDATE OF is_default ON addresses
    FOR EACH ROW EXECUTE FUNCTION unset_other_default_addresses();

CREATE TABLE payment_methods (
    id bigint PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id),
    is_primary boolean NOT NULL DEFAULT false
);
CREATE UNIQUE INDEX payment_methods_one_primary ON payment_methods (user_id) WHERE is_primary;
CREATE FUNCTION unset_other_primary() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE payment_methods SET is_primary = false WHERE user_id = NEW.user_id AND id <> NEW.id;
    RETURN NEW;
END
$$;
CREATE TRIGGER payment_methods_single_primary BEFORE INSERT ON payment_methods
    FOR EACH ROW WHEN (NEW.is_primary) EXECUTE FUNCTION unset_other_primary();
