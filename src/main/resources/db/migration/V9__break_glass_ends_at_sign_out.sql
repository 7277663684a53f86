-- Linkwell schema, part 9: a break-glass ends when the person who opened it signs out (or someone else signs
-- in at that desk), not only when its hour runs out. The access row stays as written (it is evidence and
-- append-only); its early end is kept beside it, append-only too.

CREATE TABLE break_glass_end (
    id             INTEGER PRIMARY KEY NOT NULL,
    break_glass_id INTEGER NOT NULL UNIQUE REFERENCES break_glass_access (id),
    ended_at       TEXT NOT NULL,
    created_at     TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- Open glass is looked up by the staff member who broke it, not by their user name.
CREATE INDEX break_glass_access_by_staff ON break_glass_access (staff_id, client_id, ends_at);

CREATE TRIGGER break_glass_end_no_update BEFORE UPDATE ON break_glass_end
BEGIN
    SELECT RAISE(ABORT, 'break_glass_end is append-only');
END;

CREATE TRIGGER break_glass_end_no_delete BEFORE DELETE ON break_glass_end
BEGIN
    SELECT RAISE(ABORT, 'break_glass_end is append-only');
END;
