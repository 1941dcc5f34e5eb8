CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'closed', ')')),
    balance NUMERIC CONSTRAINT balance_non_negative CHECK (balance >= 0),
    kind TEXT CHECK (kind <> 'check (x)') /* CHECK (1) in a comment */ CHECK (length(kind) < 20),
    "check" TEXT, -- a column named check
    [limit] INTEGER CHECK ([limit] > 0),
    opened TEXT,
    closed TEXT,
    CHECK (closed IS NULL OR closed >= opened),
    CONSTRAINT accounts_check CHECK (id > 0)
    CHECK (balance < 1e9),
    CHECK (
        -- spread over lines, with a comment
        "check"   IS NOT NULL
    )
);
