package org.linkwell.reports;

import java.util.Map;

/**
 * One measure's paired change over the clients with a baseline and a follow-up in the period
 * (mirrors the surveys feature's MeasureChange). label: "en" and "fr" texts.
 */
public record OutcomeRow(String instrumentId, String measureId, Map<String, String> label, boolean higherIsBetter,
                         int clients, double meanBaseline, double meanFollowUp, double meanChange, double ciLow,
                         double ciHigh, int improved, int same, int worse) {

    public OutcomeRow {
        label = Map.copyOf(label);
    }

    public String label(String language) {
        return label.getOrDefault(language, label.getOrDefault("en", instrumentId + " " + measureId));
    }
}
