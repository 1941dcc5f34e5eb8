CREATE TABLE projects (id int PRIMARY KEY);

-- Guarded creation, as ORMs and hand-written migrations do it.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'status') THEN
        CREATE TYPE status AS ENUM ('open', 'closed');
    END IF;
END
$$;

-- drizzle-kit style: the handler swallows duplicate_object.
DO $$ BEGIN
 ALTER TABLE projects ADD COLUMN state status;
EXCEPTION
 WHEN duplicate_object THEN null;
END $$;

DO $body$
BEGIN
    EXECUTE 'CREATE INDEX projects_state_idx ON projects (state)';
    -- Dynamic SQL built at run time is not evaluated: dynamic_name is not in the model.
    EXECUTE format('CREATE TABLE %I (id int)', 'dynamic_name');
    IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'projects_id_positive') THEN
        ALTER TABLE projects ADD CONSTRAINT projects_id_positive CHECK (id > 0);
    END IF;
END
$body$;

-- Repeated guard: already exists, so nothing happens and nothing is reported.
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'status') THEN
        CREATE TYPE status AS ENUM ('open', 'closed');
    END IF;
END $$;

-- Unguarded failure inside a DO block is a migration error at the inner line.
DO $$
BEGIN
    ALTER TABLE no_such_table ADD COLUMN x int;
END $$;

DO LANGUAGE plpgsql $$ BEGIN RAISE NOTICE 'hello'; END $$;
