package org.linkwell.surveys;

import java.time.Clock;
import org.linkwell.core.Access;
import org.linkwell.core.Audit;
import org.linkwell.core.Database;
import org.linkwell.core.SettingsStore;

/** The survey feature's services, built once and handed over as one. */
public record Surveys(InstrumentService instruments, SurveyService responses, OutcomesService outcomes) {

    public static Surveys create(Database database, SettingsStore settings, Audit audit, Clock clock,
                                 Access access) {
        InstrumentService instruments = new InstrumentService(database, new InstrumentRepository(), clock, access);
        SurveyService responses = new SurveyService(database, new SurveyRepository(), new SurveyContextRepository(),
                instruments, settings, audit, clock, access);
        return new Surveys(instruments, responses, new OutcomesService(database, new SurveyRepository(),
                new SurveyContextRepository(), responses, access));
    }
}
