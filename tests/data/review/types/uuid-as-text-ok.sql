-- expect-none: uuid-as-text
CREATE TABLE devices (id uuid PRIMARY KEY, owner_uuid uuid, model_id varchar(32), sku char(36));
