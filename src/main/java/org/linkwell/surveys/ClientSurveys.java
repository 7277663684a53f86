package org.linkwell.surveys;

import java.util.List;

/** What the client's Surveys tab shows: the responses recorded, the scheduled surveys not done, each measure over time. */
public record ClientSurveys(long clientId, List<SurveyResponse> responses, List<DueSurvey> outstanding,
                           List<ClientMeasure> measures) {
    public ClientSurveys {
        responses = List.copyOf(responses);
        outstanding = List.copyOf(outstanding);
        measures = List.copyOf(measures);
    }
}
