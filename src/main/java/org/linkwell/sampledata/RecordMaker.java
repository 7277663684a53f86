package org.linkwell.sampledata;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.linkwell.clients.Client;
import org.linkwell.clients.EquityQuestion;
import org.linkwell.clients.Language;

/** The record-keeping side of a synthetic client: consent, equity answers, and a closed file. */
final class RecordMaker {
    private static final List<String> INDIGENOUS_ANSWERS = List.of("first-nations", "metis", "inuit");
    private static final int[] INDIGENOUS_WEIGHTS = {80, 16, 4};

    private RecordMaker() {
    }

    static Client.Consent consent(Pick pick, LocalDate asOf) {
        if (!pick.chance(0.91)) {
            return new Client.Consent(false, Optional.empty(), Optional.empty(), "");
        }
        LocalDate on = asOf.minusDays(pick.between(0, 3 * 365));
        Client.ConsentMethod method = pick.chance(0.55) ? Client.ConsentMethod.VERBAL : Client.ConsentMethod.WRITTEN;
        return new Client.Consent(true, Optional.of(on), Optional.of(method), pick.one(CareWords.NAVIGATORS));
    }

    /** About 60% answer the optional equity questions; any one answer may be "prefer not to answer". */
    static Client.Equity equity(Pick pick, Culture culture, Language language) {
        if (!pick.chance(0.6)) {
            return Client.Equity.none();
        }
        Map<EquityQuestion, String> answers = new EnumMap<>(EquityQuestion.class);
        answers.put(EquityQuestion.INDIGENOUS, culture == Culture.INDIGENOUS
                ? pick.weighted(INDIGENOUS_ANSWERS, INDIGENOUS_WEIGHTS)
                : culture == Culture.FRANCOPHONE && pick.chance(0.03) ? "metis" : "no");
        answers.put(EquityQuestion.RACIAL_GROUP, pick.chance(0.9) ? culture.racialGroup : pick.chance(0.6) ? "mixed"
                : "another");
        answers.put(EquityQuestion.NEWCOMER, yesNo(pick, culture.newcomerShare));
        answers.put(EquityQuestion.DISABILITY, yesNo(pick, 0.28));
        answers.put(EquityQuestion.LGBTQ, yesNo(pick, 0.07));
        boolean francophone = language == Language.FRENCH || culture == Culture.FRANCOPHONE;
        answers.put(EquityQuestion.FRANCOPHONE, francophone ? "yes" : "no");
        answers.replaceAll((question, answer) -> pick.chance(0.07) ? EquityQuestion.PREFER_NOT : answer);
        return new Client.Equity(answers);
    }

    private static String yesNo(Pick pick, double yesShare) {
        return pick.chance(yesShare) ? "yes" : "no";
    }

    /** About 8% of files are closed, on a day after consent was given. */
    static Client.Closure closure(Pick pick, Client.Consent consent, Language language, LocalDate asOf) {
        if (!pick.chance(0.08)) {
            return Client.Closure.open();
        }
        LocalDate from = consent.on().orElse(asOf.minusYears(2));
        LocalDate on = from.plusDays(pick.between(0, (int) ChronoUnit.DAYS.between(from, asOf)));
        List<String> reasons = language == Language.FRENCH ? CareWords.CLOSE_REASONS_FR : CareWords.CLOSE_REASONS_EN;
        return new Client.Closure(Optional.of(on), pick.one(reasons));
    }
}
