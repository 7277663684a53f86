-- Linkwell schema, part 5: survey instruments, responses, answers and scores.
-- Instruments are data: the shipped ones live in the app; definitions a CHC loads (or edits, like its own
-- Wheel of Life) are kept here, so they travel with the data file. Scores are stored with the instrument
-- version they were computed by.

CREATE TABLE instrument (
    id                  INTEGER PRIMARY KEY NOT NULL,
    code                TEXT NOT NULL,
    instrument_version  INTEGER NOT NULL CHECK (instrument_version >= 1),
    definition          TEXT NOT NULL,
    created_at          TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at          TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE (code, instrument_version)
);

-- timepoint: 0 = baseline, n = follow-up n. A declined or could-not-reach survey is a row of its own,
-- never missing data.
CREATE TABLE survey_response (
    id                  INTEGER PRIMARY KEY NOT NULL,
    client_id           INTEGER NOT NULL REFERENCES client (id),
    instrument_code     TEXT NOT NULL,
    instrument_version  INTEGER NOT NULL,
    timepoint           INTEGER NOT NULL CHECK (timepoint >= 0),
    administered_on     TEXT NOT NULL,
    mode                TEXT NOT NULL CHECK (mode IN ('on-screen', 'paper', 'phone')),
    status              TEXT NOT NULL CHECK (status IN ('completed', 'declined', 'unreachable')),
    entered_by          TEXT NOT NULL,
    created_at          TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at          TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    version             INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX survey_response_by_client ON survey_response (client_id, administered_on);
CREATE INDEX survey_response_by_instrument ON survey_response (instrument_code, timepoint);

CREATE TABLE survey_answer (
    response_id  INTEGER NOT NULL REFERENCES survey_response (id),
    item_id      TEXT NOT NULL,
    answer       INTEGER NOT NULL,
    created_at   TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (response_id, item_id)
);

-- score NULL: too many of the measure's items were unanswered for its missing-answer rule.
CREATE TABLE survey_score (
    response_id  INTEGER NOT NULL REFERENCES survey_response (id),
    measure_id   TEXT NOT NULL,
    score        DOUBLE,
    created_at   TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (response_id, measure_id)
);
