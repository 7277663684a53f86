-- Linkwell schema, part 8: the lockbox. A client may withhold part of their record (notes, surveys,
-- equity answers, or the whole record) from everyone or from one named staff member. A directive is
-- withdrawn, never deleted, so the record shows what was withheld and when.
-- A look past a directive ("break the glass") keeps its reason here; the audit log only flags it.

CREATE TABLE lockbox_directive (
    id           INTEGER PRIMARY KEY NOT NULL,
    client_id    INTEGER NOT NULL REFERENCES client (id),
    part         TEXT NOT NULL CHECK (part IN ('notes', 'surveys', 'equity', 'whole-record')),
    -- NULL: withheld from everyone; else from this staff member only.
    staff_id     INTEGER REFERENCES staff (id),
    recorded_by  TEXT NOT NULL,
    recorded_at  TEXT NOT NULL,
    withdrawn_at TEXT,
    withdrawn_by TEXT,
    created_at   TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at   TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    version      INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX lockbox_directive_by_client ON lockbox_directive (client_id, withdrawn_at);

CREATE TABLE break_glass_access (
    id          INTEGER PRIMARY KEY NOT NULL,
    client_id   INTEGER NOT NULL REFERENCES client (id),
    staff_id    INTEGER REFERENCES staff (id),
    actor       TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('emergency', 'safety', 'client-present', 'continuity', 'legal', 'other')),
    reason      TEXT NOT NULL,
    started_at  TEXT NOT NULL,
    ends_at     TEXT NOT NULL,
    created_at  TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX break_glass_access_by_client ON break_glass_access (client_id, actor, ends_at);

-- The reasons are evidence for the privacy officer: kept as written.
CREATE TRIGGER break_glass_access_no_update BEFORE UPDATE ON break_glass_access
BEGIN
    SELECT RAISE(ABORT, 'break_glass_access is append-only');
END;

CREATE TRIGGER break_glass_access_no_delete BEFORE DELETE ON break_glass_access
BEGIN
    SELECT RAISE(ABORT, 'break_glass_access is append-only');
END;
