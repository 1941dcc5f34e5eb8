DROP TABLE notebooks;
DROP TABLE users;
