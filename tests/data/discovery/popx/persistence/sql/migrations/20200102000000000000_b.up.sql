CREATE TABLE {{ index .Options "Namespace" }}.users (id int);
ALTER TABLE {{index .Options "Namespace" }}.users ADD COLUMN n text;
