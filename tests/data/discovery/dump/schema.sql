--
-- PostgreSQL database dump
--
CREATE TABLE public.a (id integer NOT NULL, d jsonb);
