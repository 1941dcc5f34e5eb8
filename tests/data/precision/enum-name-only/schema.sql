-- A Prisma-style schema with one enum named just "Status".
CREATE TYPE "Status" AS ENUM ('ACTIVE', 'INACTIVE');

CREATE TABLE "projects" (
    "id" TEXT PRIMARY KEY,
    "name" TEXT NOT NULL,
    "status" "Status" NOT NULL DEFAULT 'ACTIVE'
);

CREATE TABLE "webhook_deliveries" (
    "id" TEXT PRIMARY KEY,
    "project_id" TEXT NOT NULL REFERENCES "projects" ("id") ON DELETE CASCADE,
    "status" TEXT NOT NULL,
    "response_code" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL
);
CREATE INDEX "webhook_deliveries_project_id_idx" ON "webhook_deliveries" ("project_id");

CREATE TABLE "exports" (
    "id" TEXT PRIMARY KEY,
    "project_id" TEXT NOT NULL REFERENCES "projects" ("id") ON DELETE CASCADE,
    "state" TEXT NOT NULL DEFAULT 'queued' CHECK ("state" IN ('queued', 'running', 'done', 'failed')),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL
);
CREATE INDEX "exports_project_id_idx" ON "exports" ("project_id");
