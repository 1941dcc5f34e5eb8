CREATE SCHEMA billing;
SET search_path TO billing, public;
CREATE TABLE plans (id int PRIMARY KEY);
CREATE TABLE public.users (id int PRIMARY KEY, plan_id int REFERENCES plans);
SET search_path = public;
CREATE TABLE subscriptions (id int PRIMARY KEY, plan_id int REFERENCES billing.plans, user_id int REFERENCES users);
CREATE TABLE plans_shadow (id int REFERENCES plans);
RESET search_path;
