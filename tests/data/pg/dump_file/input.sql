--
-- PostgreSQL database dump
--
\restrict AbCdEf123

SET statement_timeout = 0;
SELECT pg_catalog.set_config('search_path', '', false);
SET default_table_access_method = heap;

\connect shop

CREATE SCHEMA shop;

CREATE TYPE shop.order_state AS ENUM (
    'new',
    'paid'
);

CREATE TABLE shop.customers (
    id integer NOT NULL,
    name text NOT NULL
);

CREATE SEQUENCE shop.customers_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE shop.customers_id_seq OWNED BY shop.customers.id;

CREATE TABLE shop.orders (
    id bigint NOT NULL,
    customer_id integer,
    state shop.order_state DEFAULT 'new'::shop.order_state NOT NULL
);

ALTER TABLE ONLY shop.customers ALTER COLUMN id SET DEFAULT nextval('shop.customers_id_seq'::regclass);

COPY shop.customers (id, name) FROM stdin;
1	Ada
2	Grace; with a semicolon
\.

ALTER TABLE ONLY shop.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);

ALTER TABLE ONLY shop.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);

CREATE INDEX orders_customer_id_idx ON shop.orders USING btree (customer_id);

ALTER TABLE ONLY shop.orders
    ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES shop.customers(id) ON DELETE SET NULL;

\unrestrict AbCdEf123
