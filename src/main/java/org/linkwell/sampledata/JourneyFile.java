package org.linkwell.sampledata;

import java.util.List;

/** The journey CSV files of sample-data/ and their columns, in file order. */
enum JourneyFile {
    STAFF("staff.csv", List.of("id", "name", "role", "discipline", "phone", "email", "active")),
    REFERRALS("referrals.csv", List.of("id", "chart_number", "prescriber", "navigator", "source", "referred_on",
            "urgency", "reasons", "other_reason", "hopes", "accepted_on", "first_contact_on", "on_hold_on",
            "on_hold_reason", "resumed_on", "status", "status_reason", "closed_on")),
    ENCOUNTERS("encounters.csv", List.of("chart_number", "referral", "navigator", "occurred_on", "mode", "minutes",
            "notes", "next_step", "next_step_due_on", "next_step_done")),
    PRESCRIPTIONS("prescriptions.csv", List.of("chart_number", "referral", "program", "material_support", "status",
            "status_reason", "suggested_on", "agreed_on", "started_on", "attending_on", "ended_on",
            "barriers_addressed", "supports", "notes")),
    CHAMPIONS("champions.csv", List.of("chart_number", "since_on", "training_done", "training_note", "active",
            "programs")),
    HOURS("volunteer_hours.csv", List.of("chart_number", "program", "worked_on", "minutes", "note"));

    final String fileName;
    final List<String> columns;

    JourneyFile(String fileName, List<String> columns) {
        this.fileName = fileName;
        this.columns = columns;
    }
}
