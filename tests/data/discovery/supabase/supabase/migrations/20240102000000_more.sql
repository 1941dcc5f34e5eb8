alter table profiles enable row level security;
