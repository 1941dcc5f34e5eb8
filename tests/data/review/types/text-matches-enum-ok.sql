-- The enum is used where it belongs; notes.type is some other kind of type (a bare generic
-- word does not take the one enum ending in _type), and widgets.order_status defaults to a
-- value the enum does not have, so it is not that list.
-- An enum named just Status says nothing about a delivery's status.
-- expect-none: text-matches-enum
CREATE TYPE order_status AS ENUM ('pending', 'paid');
CREATE TYPE notification_type AS ENUM ('email', 'push');
CREATE TABLE orders (id bigint PRIMARY KEY, status order_status NOT NULL DEFAULT 'pending');
CREATE TABLE notes (id bigint PRIMARY KEY, type text CHECK (type IN ('plain', 'rich')));
CREATE TABLE widgets (id bigint PRIMARY KEY, order_status text DEFAULT 'legacy');
CREATE TYPE "Status" AS ENUM ('ACTIVE', 'INACTIVE');
CREATE TABLE projects (id bigint PRIMARY KEY, status "Status" NOT NULL DEFAULT 'ACTIVE');
CREATE TABLE deliveries (id bigint PRIMARY KEY, project_id bigint REFERENCES projects (id), status text NOT NULL);
