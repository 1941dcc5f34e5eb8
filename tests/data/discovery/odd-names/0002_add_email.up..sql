-- golang-migrate takes this name too (its pattern allows any extension after .up.).
ALTER TABLE users ADD COLUMN email text;
