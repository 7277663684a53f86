-- Linkwell schema, part 3: the program catalog and partner organisations.
-- external_id is the stable identity used by imports and exports (spreadsheet id, HSDS id):
-- re-importing the same file updates these rows instead of adding new ones.

CREATE TABLE partner_organization (
    id              INTEGER PRIMARY KEY NOT NULL,
    external_id     TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    description     TEXT,
    phone           TEXT,
    email           TEXT,
    website         TEXT,
    street          TEXT,
    city            TEXT,
    province        TEXT NOT NULL DEFAULT 'ON',
    postal_code     TEXT,
    contact_person  TEXT,
    notes           TEXT,
    active          INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at      TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    version         INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX partner_organization_by_name ON partner_organization (name);

CREATE TABLE program (
    id                       INTEGER PRIMARY KEY NOT NULL,
    external_id              TEXT NOT NULL UNIQUE,
    name                     TEXT NOT NULL,
    description              TEXT,
    -- NULL: the program is run by our own CHC.
    partner_organization_id  INTEGER REFERENCES partner_organization (id),
    category                 TEXT NOT NULL CHECK (category IN ('physical-activity', 'arts-culture', 'nature-outdoors',
                                 'food-nutrition', 'learning-skills', 'social-peer-support', 'volunteering',
                                 'mental-wellbeing', 'practical-support', 'material-support')),
    location_kind            TEXT NOT NULL DEFAULT 'in-person' CHECK (location_kind IN ('in-person', 'virtual', 'phone')),
    location_name            TEXT,
    street                   TEXT,
    city                     TEXT,
    postal_code              TEXT,
    virtual_link             TEXT,
    cost_kind                TEXT NOT NULL DEFAULT 'free' CHECK (cost_kind IN ('free', 'fee', 'sliding-scale')),
    cost_cents               INTEGER,
    subsidy_available        INTEGER NOT NULL DEFAULT 0,
    min_age                  INTEGER,
    max_age                  INTEGER,
    capacity                 INTEGER,
    is_full                  INTEGER NOT NULL DEFAULT 0,
    how_to_join              TEXT NOT NULL DEFAULT 'drop-in' CHECK (how_to_join IN ('drop-in', 'register', 'referral-form')),
    join_details             TEXT,
    contact_name             TEXT,
    contact_phone            TEXT,
    contact_email            TEXT,
    is_co_created            INTEGER NOT NULL DEFAULT 0,
    is_champion_led          INTEGER NOT NULL DEFAULT 0,
    last_verified_on         TEXT,
    status                   TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'ended')),
    created_at               TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at               TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    version                  INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX program_by_organization ON program (partner_organization_id);
CREATE INDEX program_by_name ON program (name);

-- Tags from the same shared vocabulary as client interests: that is what makes matching possible.
CREATE TABLE program_interest (
    program_id   INTEGER NOT NULL REFERENCES program (id),
    interest_id  INTEGER NOT NULL REFERENCES interest (id),
    PRIMARY KEY (program_id, interest_id)
);

-- Languages the program is offered in, as ISO 639-1 codes (en, fr, ar, ...).
CREATE TABLE program_language (
    program_id  INTEGER NOT NULL REFERENCES program (id),
    language    TEXT NOT NULL,
    PRIMARY KEY (program_id, language)
);

CREATE TABLE program_accessibility (
    program_id  INTEGER NOT NULL REFERENCES program (id),
    feature     TEXT NOT NULL,
    PRIMARY KEY (program_id, feature)
);

CREATE TABLE program_audience (
    program_id  INTEGER NOT NULL REFERENCES program (id),
    audience    TEXT NOT NULL,
    PRIMARY KEY (program_id, audience)
);

-- When the program meets, after RFC 5545: WEEKLY with byday 'TU,TH', or MONTHLY with byday '2MO'
-- (the second Monday). bymonth limits it to a season ('9,10,11,12,1,2,3,4,5,6' = September to June).
CREATE TABLE program_schedule (
    id           INTEGER PRIMARY KEY NOT NULL,
    program_id   INTEGER NOT NULL REFERENCES program (id),
    freq         TEXT NOT NULL CHECK (freq IN ('WEEKLY', 'MONTHLY')),
    interval     INTEGER NOT NULL DEFAULT 1 CHECK (interval >= 1),
    byday        TEXT NOT NULL,
    bymonth      TEXT,
    opens_at     TEXT NOT NULL,
    closes_at    TEXT NOT NULL,
    valid_from   TEXT,
    valid_to     TEXT,
    note         TEXT,
    created_at   TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at   TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX program_schedule_by_program ON program_schedule (program_id);
