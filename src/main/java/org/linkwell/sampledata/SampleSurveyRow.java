package org.linkwell.sampledata;

import java.time.LocalDate;
import java.util.Map;
import org.linkwell.surveys.SurveyResponse;

/** One row of surveys.csv: a client's survey at one timepoint (0 = baseline); answers by item id. */
public record SampleSurveyRow(String chartNumber, String instrument, int version, int timepoint, LocalDate administeredOn,
                              SurveyResponse.Mode mode, SurveyResponse.Status status, Map<String, Integer> answers) {
    public SampleSurveyRow {
        answers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(answers));
    }
}
