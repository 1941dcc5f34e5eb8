CREATE TABLE "a" ("id" uuid PRIMARY KEY);
--> statement-breakpoint
CREATE TABLE "b" ("id" uuid);
