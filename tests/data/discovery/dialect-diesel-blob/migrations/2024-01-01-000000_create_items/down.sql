DROP TABLE items;
DROP TABLE workspaces;
