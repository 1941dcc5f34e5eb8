-- Flags in integer or text columns where PostgreSQL has boolean: users.is_admin (even with
-- its CHECK), users.has_mfa, users.email_enabled (char 'Y'/'N'). Real booleans, counters
-- and reasons are fine.
-- expect: bool-as-int users.is_admin
-- expect: bool-as-int users.has_mfa
-- expect: bool-as-int users.email_enabled
CREATE TABLE users (
    id bigint PRIMARY KEY,
    is_admin smallint NOT NULL DEFAULT 0 CONSTRAINT users_is_admin_check CHECK (is_admin IN (0, 1)),
    has_mfa integer,
    email_enabled char(1) DEFAULT 'N',
    is_active boolean NOT NULL DEFAULT true,
    login_count integer NOT NULL DEFAULT 0,
    disabled_reason text
);
