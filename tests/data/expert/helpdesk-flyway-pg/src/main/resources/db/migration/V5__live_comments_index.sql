-- The inbox only ever lists comments that were not deleted.
CREATE INDEX CONCURRENTLY ticket_comments_ticket_id_live ON ticket_comments (ticket_id)
    WHERE deleted_at IS NULL;
