-- Enums exist but some text columns ignore them: orders.status (order_status, by table
-- entity) and memberships.role (the only enum ending in _role). invoices.status matches no
-- enum of its own (a bare "status" does not take the one enum ending in _status) and
-- shipments.status already has a CHECK.
-- expect: text-matches-enum orders.status
-- expect: text-matches-enum memberships.role
-- expect: enum-like-no-check invoices.status
-- meeting_templates.mode is text where meetings.mode is the enum meeting_mode, in a table of
-- the meeting family; exports.mode shares only the generic name.
-- expect: text-matches-enum meeting_templates.mode
-- expect: enum-like-no-check exports.mode
CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped');
CREATE TYPE user_role AS ENUM ('owner', 'member');
CREATE TYPE shipment_status AS ENUM ('packed', 'sent');
CREATE TABLE orders (id bigint PRIMARY KEY, status text NOT NULL DEFAULT 'pending');
CREATE TABLE memberships (id bigint PRIMARY KEY, role varchar(20) NOT NULL);
CREATE TABLE invoices (id bigint PRIMARY KEY, status text NOT NULL DEFAULT 'draft');
CREATE TABLE shipments (
    id bigint PRIMARY KEY,
    status text NOT NULL CHECK (status IN ('packed', 'sent'))
);
CREATE TYPE meeting_mode AS ENUM ('in_person', 'video', 'phone');
CREATE TABLE meetings (id bigint PRIMARY KEY, mode meeting_mode NOT NULL);
CREATE TABLE meeting_templates (id bigint PRIMARY KEY, mode text NOT NULL);
CREATE TABLE exports (id bigint PRIMARY KEY, mode text);
