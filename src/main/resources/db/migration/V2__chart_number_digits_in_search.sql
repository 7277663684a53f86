-- Staff often type only the significant digits of a chart number: "123" for "CHC-000123".
-- The search index now also holds the chart number without its letter prefix and leading zeros.

DROP TRIGGER client_search_insert;
DROP TRIGGER client_search_update;

CREATE TRIGGER client_search_insert AFTER INSERT ON client
BEGIN
    INSERT INTO client_search (rowid, given_name, family_name, preferred_name, chart_number, phone, date_of_birth)
    VALUES (new.id, new.given_name, new.family_name, new.preferred_name,
            COALESCE(new.chart_number, '') || ' ' || ltrim(COALESCE(new.chart_number, ''), 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_/#. 0'),
            COALESCE(new.phone, '') || ' ' || replace(replace(replace(replace(replace(replace(COALESCE(new.phone, ''), '-', ''), ' ', ''), '(', ''), ')', ''), '.', ''), '+', ''),
            new.date_of_birth);
END;

CREATE TRIGGER client_search_update AFTER UPDATE OF given_name, family_name, preferred_name, chart_number, phone, date_of_birth ON client
BEGIN
    DELETE FROM client_search WHERE rowid = old.id;
    INSERT INTO client_search (rowid, given_name, family_name, preferred_name, chart_number, phone, date_of_birth)
    VALUES (new.id, new.given_name, new.family_name, new.preferred_name,
            COALESCE(new.chart_number, '') || ' ' || ltrim(COALESCE(new.chart_number, ''), 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_/#. 0'),
            COALESCE(new.phone, '') || ' ' || replace(replace(replace(replace(replace(replace(COALESCE(new.phone, ''), '-', ''), ' ', ''), '(', ''), ')', ''), '.', ''), '+', ''),
            new.date_of_birth);
END;

DELETE FROM client_search;
INSERT INTO client_search (rowid, given_name, family_name, preferred_name, chart_number, phone, date_of_birth)
SELECT id, given_name, family_name, preferred_name,
       COALESCE(chart_number, '') || ' ' || ltrim(COALESCE(chart_number, ''), 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_/#. 0'),
       COALESCE(phone, '') || ' ' || replace(replace(replace(replace(replace(replace(COALESCE(phone, ''), '-', ''), ' ', ''), '(', ''), ')', ''), '.', ''), '+', ''),
       date_of_birth
FROM client;
