-- Linkwell schema, part 7: the audit log learns two things the privacy rules ask for.
-- 'disclose' records that part of a client's record left the CHC (a note to a partner organisation);
-- break_glass flags a look past a client's lockbox, made with a reason.
-- SQLite cannot change a CHECK constraint in place, so the table is rebuilt with every row,
-- id and hash kept as they were (the hash chain stays valid).

DROP TRIGGER audit_event_no_update;
DROP TRIGGER audit_event_no_delete;

CREATE TABLE audit_event_v7 (
    id          INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    occurred_at TEXT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('view', 'create', 'update', 'close', 'reopen', 'disclose')),
    table_name  TEXT NOT NULL,
    record_id   INTEGER NOT NULL,
    break_glass INTEGER NOT NULL DEFAULT 0 CHECK (break_glass IN (0, 1)),
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL UNIQUE
);

INSERT INTO audit_event_v7 (id, occurred_at, actor, action, table_name, record_id, break_glass, prev_hash, hash)
SELECT id, occurred_at, actor, action, table_name, record_id, 0, prev_hash, hash FROM audit_event ORDER BY id;

DROP TABLE audit_event;
ALTER TABLE audit_event_v7 RENAME TO audit_event;

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'audit_event is append-only');
END;

CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'audit_event is append-only');
END;

-- The audit viewer asks "who touched this record?" and "what did this person do?".
CREATE INDEX audit_event_by_record ON audit_event (table_name, record_id);
CREATE INDEX audit_event_by_actor ON audit_event (actor, occurred_at);
