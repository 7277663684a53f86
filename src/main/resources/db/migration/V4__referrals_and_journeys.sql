-- Linkwell schema, part 4: staff, referrals, encounters, social prescriptions, Health Champions.
-- Status changes are rows of their own (who, when, why), so the journey timeline and
-- "days from referral to first contact" are queries, not bookkeeping.

CREATE TABLE staff (
    id           INTEGER PRIMARY KEY NOT NULL,
    name         TEXT NOT NULL,
    role         TEXT NOT NULL CHECK (role IN ('prescriber', 'navigator', 'manager', 'reception', 'administrator')),
    discipline   TEXT CHECK (discipline IN ('family-physician', 'nurse-practitioner', 'nurse', 'social-worker',
                     'dietitian', 'other-provider', 'external-agency')),
    phone        TEXT,
    email        TEXT,
    active       INTEGER NOT NULL DEFAULT 1,
    created_at   TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at   TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    version      INTEGER NOT NULL DEFAULT 1
);

-- Status codes are FHIR Task status codes, so an export is lossless.
CREATE TABLE referral (
    id                 INTEGER PRIMARY KEY NOT NULL,
    client_id          INTEGER NOT NULL REFERENCES client (id),
    prescriber_id      INTEGER REFERENCES staff (id),
    navigator_id       INTEGER REFERENCES staff (id),
    source             TEXT NOT NULL CHECK (source IN ('internal', 'external-agency', 'self-referral')),
    referred_on        TEXT NOT NULL,
    urgency            TEXT NOT NULL DEFAULT 'routine' CHECK (urgency IN ('routine', 'soon', 'urgent')),
    reasons            TEXT NOT NULL,
    other_reason       TEXT,
    hopes              TEXT,
    consent_confirmed  INTEGER NOT NULL DEFAULT 0,
    status             TEXT NOT NULL DEFAULT 'requested' CHECK (status IN ('requested', 'accepted', 'in-progress',
                           'on-hold', 'completed', 'rejected', 'cancelled')),
    status_reason      TEXT,
    first_contact_on   TEXT,
    created_at         TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at         TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    version            INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX referral_by_client ON referral (client_id);
CREATE INDEX referral_by_status ON referral (status);
CREATE INDEX referral_by_navigator ON referral (navigator_id, status);

CREATE TABLE referral_status_change (
    id            INTEGER PRIMARY KEY NOT NULL,
    referral_id   INTEGER NOT NULL REFERENCES referral (id),
    from_status   TEXT,
    to_status     TEXT NOT NULL,
    changed_at    TEXT NOT NULL,
    changed_by    TEXT NOT NULL,
    reason        TEXT,
    created_at    TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX referral_status_change_by_referral ON referral_status_change (referral_id);

CREATE TABLE encounter (
    id                INTEGER PRIMARY KEY NOT NULL,
    client_id         INTEGER NOT NULL REFERENCES client (id),
    referral_id       INTEGER REFERENCES referral (id),
    navigator_id      INTEGER REFERENCES staff (id),
    occurred_on       TEXT NOT NULL,
    mode              TEXT NOT NULL CHECK (mode IN ('in-person', 'phone', 'video', 'text', 'home-visit')),
    minutes           INTEGER NOT NULL CHECK (minutes >= 0),
    notes             TEXT,
    next_step         TEXT,
    next_step_due_on  TEXT,
    next_step_done    INTEGER NOT NULL DEFAULT 0,
    created_at        TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at        TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    version           INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX encounter_by_client ON encounter (client_id, occurred_on);
CREATE INDEX encounter_by_due ON encounter (next_step_due_on);

CREATE TABLE social_prescription (
    id                INTEGER PRIMARY KEY NOT NULL,
    client_id         INTEGER NOT NULL REFERENCES client (id),
    referral_id       INTEGER REFERENCES referral (id),
    program_id        INTEGER REFERENCES program (id),
    material_support  TEXT,
    status            TEXT NOT NULL DEFAULT 'suggested' CHECK (status IN ('suggested', 'agreed', 'started',
                          'attending', 'completed', 'declined', 'dropped-out')),
    status_reason     TEXT,
    barriers_addressed TEXT,
    started_on        TEXT,
    ended_on          TEXT,
    notes             TEXT,
    created_at        TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at        TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    version           INTEGER NOT NULL DEFAULT 1,
    CHECK (program_id IS NOT NULL OR material_support IS NOT NULL)
);

CREATE INDEX social_prescription_by_client ON social_prescription (client_id);
CREATE INDEX social_prescription_by_referral ON social_prescription (referral_id);
CREATE INDEX social_prescription_by_program ON social_prescription (program_id);

CREATE TABLE social_prescription_status_change (
    id                      INTEGER PRIMARY KEY NOT NULL,
    social_prescription_id  INTEGER NOT NULL REFERENCES social_prescription (id),
    from_status             TEXT,
    to_status               TEXT NOT NULL,
    changed_at              TEXT NOT NULL,
    changed_by              TEXT NOT NULL,
    reason                  TEXT,
    created_at              TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX social_prescription_status_change_by_prescription
    ON social_prescription_status_change (social_prescription_id);

-- Supports that remove a barrier: bus tickets, someone to go with them, fee paid, ...
CREATE TABLE social_prescription_support (
    id                      INTEGER PRIMARY KEY NOT NULL,
    social_prescription_id  INTEGER NOT NULL REFERENCES social_prescription (id),
    support                 TEXT NOT NULL,
    note                    TEXT,
    created_at              TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE health_champion (
    client_id        INTEGER PRIMARY KEY NOT NULL REFERENCES client (id),
    since_on         TEXT NOT NULL,
    training_done    INTEGER NOT NULL DEFAULT 0,
    training_note    TEXT,
    active           INTEGER NOT NULL DEFAULT 1,
    created_at       TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at       TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    version          INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE champion_program (
    client_id    INTEGER NOT NULL REFERENCES health_champion (client_id),
    program_id   INTEGER NOT NULL REFERENCES program (id),
    role         TEXT NOT NULL CHECK (role IN ('co-creates', 'leads')),
    PRIMARY KEY (client_id, program_id)
);

CREATE TABLE volunteer_hours (
    id           INTEGER PRIMARY KEY NOT NULL,
    client_id    INTEGER NOT NULL REFERENCES health_champion (client_id),
    program_id   INTEGER REFERENCES program (id),
    worked_on    TEXT NOT NULL,
    minutes      INTEGER NOT NULL CHECK (minutes > 0),
    note         TEXT,
    created_at   TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX volunteer_hours_by_champion ON volunteer_hours (client_id, worked_on);
