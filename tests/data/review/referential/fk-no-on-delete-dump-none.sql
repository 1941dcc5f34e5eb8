--
-- PostgreSQL database dump
--
-- expect-none: fk-no-on-delete
-- pg_dump prints ON DELETE only when it is not NO ACTION: whether a policy was stated
-- cannot be told, so nothing is said about unstated ones.
CREATE TABLE public.users (id bigint NOT NULL);
ALTER TABLE ONLY public.users ADD CONSTRAINT users_pkey PRIMARY KEY (id);
CREATE TABLE public.projects (id bigint NOT NULL, owner_id bigint NOT NULL);
ALTER TABLE ONLY public.projects ADD CONSTRAINT projects_pkey PRIMARY KEY (id);
CREATE TABLE public.notes (id bigint NOT NULL, user_id bigint NOT NULL);
ALTER TABLE ONLY public.notes ADD CONSTRAINT notes_pkey PRIMARY KEY (id);
CREATE TABLE public.tasks (id bigint NOT NULL, project_id bigint);
ALTER TABLE ONLY public.tasks ADD CONSTRAINT tasks_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.projects
    ADD CONSTRAINT projects_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES public.users(id) ON DELETE CASCADE;
ALTER TABLE ONLY public.notes
    ADD CONSTRAINT notes_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;
ALTER TABLE ONLY public.tasks
    ADD CONSTRAINT tasks_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.projects(id);
