DROP INDEX tickets_external_ref_key;
