-- Linkwell schema, part 6: signing in. A login belongs to a staff member, whose role
-- (administrator, manager, navigator, prescriber, reception) says what they may do.
-- Passwords are kept only as bcrypt hashes. Repeated failures lock the login for a while.

CREATE TABLE staff_login (
    id                  INTEGER PRIMARY KEY NOT NULL,
    staff_id            INTEGER NOT NULL UNIQUE REFERENCES staff (id),
    username            TEXT COLLATE NOCASE NOT NULL UNIQUE,
    password_hash       TEXT NOT NULL,
    failed_attempts     INTEGER NOT NULL DEFAULT 0,
    lock_ends_at        TEXT,
    last_sign_in_at     TEXT,
    password_changed_at TEXT,
    active              INTEGER NOT NULL DEFAULT 1,
    created_at          TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at          TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    version             INTEGER NOT NULL DEFAULT 1
);
