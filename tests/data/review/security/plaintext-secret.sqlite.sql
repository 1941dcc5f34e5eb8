-- expect: plaintext-secret devices.push_token
-- expect: plaintext-secret servers.ssh_private_key
CREATE TABLE devices (id INTEGER PRIMARY KEY, push_token TEXT NOT NULL, token_expiry TEXT);
CREATE TABLE servers (id INTEGER PRIMARY KEY, ssh_private_key TEXT, ssh_public_key TEXT,
                      password_hash BLOB, has_password INTEGER NOT NULL DEFAULT 0);
