DROP TABLE users;
DROP TABLE workspaces;
