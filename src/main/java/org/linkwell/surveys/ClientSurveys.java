package org.linkwell.surveys;

import java.util.List;

/**
 * What the client's Surveys tab shows: the responses recorded, the scheduled surveys not done, each measure over
 * time. scheduleStart: the day the schedule runs from (the accepted referral); empty when there is none.
 */
public record ClientSurveys(long clientId, List<SurveyResponse> responses, java.util.Optional<java.time.LocalDate> scheduleStart,
                           List<DueSurvey> outstanding, List<ClientMeasure> measures) {
    public ClientSurveys {
        responses = List.copyOf(responses);
        outstanding = List.copyOf(outstanding);
        measures = List.copyOf(measures);
    }
}
