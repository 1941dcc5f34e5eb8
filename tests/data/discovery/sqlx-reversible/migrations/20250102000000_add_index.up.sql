CREATE INDEX kv_v ON kv (v);
