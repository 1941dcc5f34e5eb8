-- One convention (Prisma's timestamp(3)); a date column is a calendar day, not a point in
-- time, and is not compared with them.
-- expect-none: timestamp-inconsistent
CREATE TABLE users (id text PRIMARY KEY, "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "updatedAt" timestamp(3) NOT NULL);
CREATE TABLE posts (id text PRIMARY KEY, "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "updatedAt" timestamp(3) NOT NULL);
CREATE TABLE events (id text PRIMARY KEY, "createdAt" timestamp(3) NOT NULL, occurred date, birthday date);
