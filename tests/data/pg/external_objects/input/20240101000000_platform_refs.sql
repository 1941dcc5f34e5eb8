-- Objects of a platform (Supabase here) that the migrations use but never create: they
-- become external schemas and tables instead of a cascade of errors.
CREATE TABLE public.profiles (
    id uuid PRIMARY KEY,
    user_id uuid NOT NULL,
    avatar_path text
);
ALTER TABLE public.profiles
    ADD CONSTRAINT profiles_user_id_fkey FOREIGN KEY (user_id) REFERENCES auth.users (id)
    ON DELETE CASCADE;
CREATE TABLE public.notes (id uuid PRIMARY KEY, owner uuid REFERENCES auth.users);
ALTER TABLE storage.objects ENABLE ROW LEVEL SECURITY;
CREATE POLICY avatars_read ON storage.objects FOR SELECT USING (bucket_id = 'avatars');
-- A table missing from one of the source's own schemas is still an error.
ALTER TABLE public.missing ADD COLUMN x int;
