create table profiles (id uuid primary key);
