package org.linkwell.exchange;

import java.util.List;
import java.util.Set;

/**
 * The Open Referral HSDS 3.0 tables Linkwell reads and writes, with their tabular field names (from the
 * HSDS 3.0 schema: openreferral/specification, schema/*.json), the fields a reader cannot do without, and
 * which fields are numbers. Each is one CSV file named after the table.
 */
enum HsdsTable {
    ORGANIZATION(List.of("id", "name", "alternate_name", "description", "email", "website", "tax_status", "tax_id",
            "year_incorporated", "legal_status", "logo", "uri", "parent_organization_id"), List.of("id", "name")),
    SERVICE(List.of("id", "organization_id", "program_id", "name", "alternate_name", "description", "url", "email",
            "status", "interpretation_services", "application_process", "fees_description", "wait_time", "fees",
            "accreditations", "eligibility_description", "minimum_age", "maximum_age", "assured_date",
            "assurer_email", "licenses", "alert", "last_modified"), List.of("id", "name")),
    LOCATION(List.of("id", "location_type", "url", "organization_id", "name", "alternate_name", "description",
            "transportation", "latitude", "longitude", "external_identifier", "external_identifier_type"),
            List.of("id")),
    ADDRESS(List.of("id", "location_id", "attention", "address_1", "address_2", "city", "region", "state_province",
            "postal_code", "country", "address_type"), List.of("location_id")),
    PHONE(List.of("id", "location_id", "service_id", "organization_id", "contact_id", "service_at_location_id",
            "number", "extension", "type", "description"), List.of("number")),
    CONTACT(List.of("id", "organization_id", "service_id", "service_at_location_id", "location_id", "name", "title",
            "department", "email"), List.of("id")),
    SCHEDULE(List.of("id", "service_id", "location_id", "service_at_location_id", "valid_from", "valid_to", "dtstart",
            "timezone", "until", "count", "wkst", "freq", "interval", "byday", "byweekno", "bymonthday", "byyearday",
            "description", "opens_at", "closes_at", "schedule_link", "attending_type", "notes"), List.of("id")),
    LANGUAGE(List.of("id", "service_id", "location_id", "phone_id", "name", "code", "note"), List.of()),
    ACCESSIBILITY(List.of("id", "location_id", "description", "details", "url"), List.of("location_id")),
    COST_OPTION(List.of("id", "service_id", "valid_from", "valid_to", "option", "currency", "amount",
            "amount_description"), List.of("service_id")),
    SERVICE_AT_LOCATION(List.of("id", "service_id", "location_id", "description"),
            List.of("id", "service_id", "location_id")),
    SERVICE_CAPACITY(List.of("id", "service_id", "unit_id", "available", "maximum", "description", "updated"),
            List.of("service_id")),
    UNIT(List.of("id", "name", "scheme", "identifier", "uri"), List.of("id")),
    ATTRIBUTE(List.of("id", "link_id", "taxonomy_term_id", "link_type", "link_entity", "value", "label"),
            List.of("link_id", "taxonomy_term_id")),
    TAXONOMY(List.of("id", "name", "description", "uri", "version"), List.of("id", "name")),
    TAXONOMY_TERM(List.of("id", "code", "name", "description", "parent_id", "taxonomy", "language", "taxonomy_id",
            "term_uri"), List.of("id"));

    private static final Set<String> NUMBER_FIELDS = Set.of("year_incorporated", "minimum_age", "maximum_age",
            "latitude", "longitude", "extension", "timezone", "count", "interval", "amount", "available", "maximum");

    private final List<String> fields;
    private final List<String> requiredFields;

    HsdsTable(List<String> fields, List<String> requiredFields) {
        this.fields = fields;
        this.requiredFields = requiredFields;
    }

    /** "service_at_location" for SERVICE_AT_LOCATION: the resource name in datapackage.json. */
    String resourceName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    String fileName() {
        return resourceName() + ".csv";
    }

    List<String> fields() {
        return fields;
    }

    List<String> requiredFields() {
        return requiredFields;
    }

    static boolean isNumber(String field) {
        return NUMBER_FIELDS.contains(field);
    }
}
