-- Linkwell schema, part 1: settings, audit log, interests and the client registry.
-- Dates are ISO-8601 text (yyyy-MM-dd); instants are UTC text 'yyyy-MM-dd HH:mm:ss.SSS'.

CREATE TABLE setting (
    key         TEXT PRIMARY KEY NOT NULL,
    value       TEXT NOT NULL,
    updated_at  TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- Append-only: who did what to which record, never what the record says.
CREATE TABLE audit_event (
    id          INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    occurred_at TEXT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('view', 'create', 'update', 'close', 'reopen')),
    table_name  TEXT NOT NULL,
    record_id   INTEGER NOT NULL,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL UNIQUE
);

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'audit_event is append-only');
END;

CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'audit_event is append-only');
END;

-- One shared vocabulary for client interests and (later) program tags.
CREATE TABLE interest (
    id          INTEGER PRIMARY KEY NOT NULL,
    code        TEXT NOT NULL UNIQUE,
    label_en    TEXT NOT NULL,
    label_fr    TEXT NOT NULL,
    active      INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at  TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    version     INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE client (
    id                      INTEGER PRIMARY KEY NOT NULL,
    chart_number            TEXT UNIQUE,
    given_name              TEXT NOT NULL,
    family_name             TEXT NOT NULL,
    preferred_name          TEXT,
    pronouns                TEXT,
    date_of_birth           TEXT,
    gender                  TEXT,
    preferred_language      TEXT NOT NULL DEFAULT 'en' CHECK (preferred_language IN ('en', 'fr', 'other')),
    preferred_language_other TEXT,
    phone                   TEXT,
    email                   TEXT,
    street                  TEXT,
    city                    TEXT,
    province                TEXT NOT NULL DEFAULT 'ON',
    postal_code             TEXT,
    may_phone               INTEGER NOT NULL DEFAULT 1,
    may_text                INTEGER NOT NULL DEFAULT 0,
    may_email               INTEGER NOT NULL DEFAULT 0,
    may_leave_message       INTEGER NOT NULL DEFAULT 0,
    consent_given           INTEGER NOT NULL DEFAULT 0,
    consent_on              TEXT,
    consent_method          TEXT CHECK (consent_method IN ('verbal', 'written')),
    consent_recorded_by     TEXT,
    interests_note          TEXT,
    goals                   TEXT,
    gifts                   TEXT,
    status                  TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    closed_on               TEXT,
    close_reason            TEXT,
    created_at              TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at              TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    version                 INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX client_by_name ON client (family_name, given_name);
CREATE INDEX client_by_updated ON client (updated_at);
CREATE INDEX client_by_phone ON client (phone);

CREATE TABLE client_interest (
    client_id   INTEGER NOT NULL REFERENCES client (id),
    interest_id INTEGER NOT NULL REFERENCES interest (id),
    created_at  TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (client_id, interest_id)
);

-- Social-determinant domains: one row per domain the navigator has looked at.
CREATE TABLE client_need (
    id          INTEGER PRIMARY KEY NOT NULL,
    client_id   INTEGER NOT NULL REFERENCES client (id),
    domain      TEXT NOT NULL,
    flagged     INTEGER NOT NULL DEFAULT 0,
    note        TEXT,
    created_at  TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at  TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE (client_id, domain)
);

CREATE TABLE client_barrier (
    id               INTEGER PRIMARY KEY NOT NULL,
    client_id        INTEGER NOT NULL REFERENCES client (id),
    barrier          TEXT NOT NULL,
    present          INTEGER NOT NULL DEFAULT 0,
    support_provided TEXT,
    created_at       TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at       TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE (client_id, barrier)
);

-- Optional, self-identified equity answers, kept apart from the client row so that lists
-- and searches never touch them. NULL = not asked; 'prefer-not' = prefer not to answer.
CREATE TABLE client_equity (
    client_id        INTEGER PRIMARY KEY NOT NULL REFERENCES client (id),
    indigenous       TEXT,
    racial_group     TEXT,
    newcomer         TEXT,
    disability       TEXT,
    lgbtq            TEXT,
    francophone      TEXT,
    created_at       TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at       TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- Accent- and case-insensitive search over names, chart number, phone and birth date.
-- The phone is indexed both as typed and as bare digits, so "613-555" and "6135551234" both match.
CREATE VIRTUAL TABLE client_search USING fts5 (
    given_name, family_name, preferred_name, chart_number, phone, date_of_birth,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

CREATE TRIGGER client_search_insert AFTER INSERT ON client
BEGIN
    INSERT INTO client_search (rowid, given_name, family_name, preferred_name, chart_number, phone, date_of_birth)
    VALUES (new.id, new.given_name, new.family_name, new.preferred_name, new.chart_number,
            COALESCE(new.phone, '') || ' ' || replace(replace(replace(replace(replace(replace(COALESCE(new.phone, ''), '-', ''), ' ', ''), '(', ''), ')', ''), '.', ''), '+', ''),
            new.date_of_birth);
END;

CREATE TRIGGER client_search_update AFTER UPDATE OF given_name, family_name, preferred_name, chart_number, phone, date_of_birth ON client
BEGIN
    DELETE FROM client_search WHERE rowid = old.id;
    INSERT INTO client_search (rowid, given_name, family_name, preferred_name, chart_number, phone, date_of_birth)
    VALUES (new.id, new.given_name, new.family_name, new.preferred_name, new.chart_number,
            COALESCE(new.phone, '') || ' ' || replace(replace(replace(replace(replace(replace(COALESCE(new.phone, ''), '-', ''), ' ', ''), '(', ''), ')', ''), '.', ''), '+', ''),
            new.date_of_birth);
END;

-- Client rows are closed, never deleted; this keeps the index honest if one ever is.
CREATE TRIGGER client_search_delete AFTER DELETE ON client
BEGIN
    DELETE FROM client_search WHERE rowid = old.id;
END;

INSERT INTO interest (code, label_en, label_fr) VALUES
    ('walking', 'Walking', 'Marche'),
    ('exercise', 'Exercise and fitness', 'Exercice et conditionnement physique'),
    ('dance', 'Dance', 'Danse'),
    ('yoga', 'Yoga and tai chi', 'Yoga et tai-chi'),
    ('swimming', 'Swimming', 'Natation'),
    ('gardening', 'Gardening', 'Jardinage'),
    ('nature', 'Nature and the outdoors', 'Nature et plein air'),
    ('cooking', 'Cooking and food', 'Cuisine et alimentation'),
    ('art', 'Art and crafts', 'Arts et artisanat'),
    ('music', 'Music and singing', 'Musique et chant'),
    ('writing', 'Reading and writing', 'Lecture et écriture'),
    ('games', 'Cards and board games', 'Cartes et jeux de société'),
    ('technology', 'Computers and technology', 'Informatique et technologie'),
    ('languages', 'Languages and conversation', 'Langues et conversation'),
    ('volunteering', 'Volunteering', 'Bénévolat'),
    ('faith', 'Faith and spirituality', 'Foi et spiritualité'),
    ('culture', 'Culture and heritage', 'Culture et patrimoine'),
    ('peer-support', 'Peer support', 'Soutien par les pairs'),
    ('parenting', 'Parenting and family', 'Parentalité et famille'),
    ('learning', 'Learning new skills', 'Apprendre de nouvelles compétences'),
    ('sewing', 'Sewing and knitting', 'Couture et tricot'),
    ('photography', 'Photography', 'Photographie'),
    ('woodworking', 'Woodworking and repairs', 'Menuiserie et réparations'),
    ('mindfulness', 'Mindfulness and relaxation', 'Pleine conscience et relaxation');
