-- Edited by hand: Prisma cannot declare expression indexes.
-- One pending invitation per address, whatever its case.
CREATE UNIQUE INDEX "workspace_invitations_workspace_id_email_key"
    ON "workspace_invitations" ("workspace_id", lower("email"));
