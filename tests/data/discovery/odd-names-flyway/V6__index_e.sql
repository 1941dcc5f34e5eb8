CREATE INDEX a_e ON a (e);
