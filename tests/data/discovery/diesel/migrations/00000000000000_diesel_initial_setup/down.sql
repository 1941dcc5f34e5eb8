DROP FUNCTION diesel_manage_updated_at(regclass);
