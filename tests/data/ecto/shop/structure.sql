--
-- Hand-checked: what `mix ecto.migrate` followed by `mix ecto.dump` (pg_dump --schema-only)
-- gives for input/priv/repo/migrations with ecto_sql's PostgreSQL adapter and this
-- project's config (migration_timestamps: [type: :utc_datetime] -> timestamp(0)).
-- Written by hand from Ecto.Migration and Ecto.Adapters.Postgres.Connection; read each
-- comment for the rule that gives the line.
--

CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;

-- 20230106000000_audit: created as audit_logs, renamed; constraint names keep the old name.
CREATE TABLE public.audit_events (
    org_id bigint NOT NULL,                         -- references(:orgs): :bigserial -> bigint
    seq bigint NOT NULL,
    payload jsonb NOT NULL,                         -- :map -> jsonb
    at timestamp(0) without time zone DEFAULT now() -- :naive_datetime -> timestamp(0)
);

CREATE TABLE public.orders (
    id bigint NOT NULL,                             -- default primary key: id bigserial
    user_id uuid,                                   -- references(:users, type: :binary_id)
    org_id bigint NOT NULL,
    total integer DEFAULT 0 NOT NULL,
    status character varying(255) DEFAULT 'open'::character varying,
    inserted_at timestamp(0) without time zone NOT NULL -- timestamps(updated_at: false)
);

CREATE SEQUENCE public.orders_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE public.orders_id_seq OWNED BY public.orders.id;

CREATE TABLE public.orgs (
    id bigint NOT NULL,
    name character varying(255) NOT NULL,           -- :string -> varchar(255)
    slug public.citext NOT NULL,
    settings jsonb DEFAULT '{}'::jsonb,             -- default: %{} -> '{}'
    plan character varying(20) DEFAULT 'free'::character varying,
    inserted_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone NOT NULL
);

COMMENT ON TABLE public.orgs IS 'Tenants';

CREATE SEQUENCE public.orgs_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE public.orgs_id_seq OWNED BY public.orgs.id;

CREATE TABLE public.schema_migrations (
    version bigint NOT NULL,
    inserted_at timestamp(0) without time zone
);

CREATE TABLE public.users (
    id uuid NOT NULL,
    org_id bigint NOT NULL,
    email public.citext NOT NULL,
    name text,                                      -- modify :name, :text (20230104)
    role character varying(255) DEFAULT 'member'::character varying NOT NULL,
    karma numeric(10,2),                            -- :decimal, precision: 10, scale: 2; renamed
    tags character varying(255)[] DEFAULT ARRAY[]::character varying[],
    last_seen_at timestamp without time zone,       -- :utc_datetime_usec -> timestamp
    active boolean DEFAULT true NOT NULL,
    inserted_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone NOT NULL,
    nickname character varying(40),                 -- added by alter (20230104)
    locale character varying(255) DEFAULT 'en'::character varying,
    CONSTRAINT role_must_be_known CHECK (role IN ('member', 'admin'))
);

COMMENT ON COLUMN public.users.name IS 'Display name';

ALTER TABLE ONLY public.orders ALTER COLUMN id SET DEFAULT nextval('public.orders_id_seq'::regclass);

ALTER TABLE ONLY public.orgs ALTER COLUMN id SET DEFAULT nextval('public.orgs_id_seq'::regclass);

ALTER TABLE ONLY public.audit_events
    ADD CONSTRAINT audit_logs_pkey PRIMARY KEY (org_id, seq);

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.orgs
    ADD CONSTRAINT orgs_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.schema_migrations
    ADD CONSTRAINT schema_migrations_pkey PRIMARY KEY (version);

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);

CREATE INDEX open_orders_by_org ON public.orders USING btree (org_id, inserted_at DESC) WHERE ((status)::text = 'open'::text);

CREATE INDEX orders_status_index ON public.orders USING hash (status);

CREATE UNIQUE INDEX orgs_slug_index ON public.orgs USING btree (slug);

CREATE INDEX users_lower_name_index ON public.users USING btree (lower(name));

CREATE UNIQUE INDEX users_org_id_email_index ON public.users USING btree (org_id, email);

CREATE INDEX users_tags_gin ON public.users USING gin (tags);

ALTER TABLE ONLY public.audit_events
    ADD CONSTRAINT audit_logs_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs(id);

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs(id) ON UPDATE CASCADE ON DELETE RESTRICT;

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs(id) ON DELETE CASCADE;

INSERT INTO public."schema_migrations" (version) VALUES (20230101000000);
INSERT INTO public."schema_migrations" (version) VALUES (20230102000000);
INSERT INTO public."schema_migrations" (version) VALUES (20230103000000);
INSERT INTO public."schema_migrations" (version) VALUES (20230104000000);
INSERT INTO public."schema_migrations" (version) VALUES (20230105000000);
INSERT INTO public."schema_migrations" (version) VALUES (20230106000000);
