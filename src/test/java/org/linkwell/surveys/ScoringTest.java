package org.linkwell.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every shipped instrument scored on worked examples computed by hand, with reverse items, missing answers and bands. */
class ScoringTest {

    private static InstrumentDefinition shipped(String id) {
        return InstrumentServiceTest.shipped(id);
    }

    private static Optional<Double> score(InstrumentDefinition d, String measure, Map<String, Integer> answers) {
        return Scoring.score(d, answers).stream().filter(s -> s.measureId().equals(measure)).findFirst().orElseThrow()
                .value();
    }

    private static String band(InstrumentDefinition d, String measure, double score) {
        return d.measure(measure).orElseThrow().band(score).map(b -> b.label().get("en")).orElse("none");
    }

    @Test
    void ons4_eachItemIsItsOwnMeasure_withOnsBands_andAnxietyLowerIsBetter() {
        InstrumentDefinition ons4 = shipped("ons4");
        Map<String, Integer> answers = Map.of("satisfaction", 7, "worthwhile", 8, "happy", 4, "anxious", 6);
        assertEquals(Optional.of(7.0), score(ons4, "satisfaction", answers));
        assertEquals(Optional.of(8.0), score(ons4, "worthwhile", answers));
        assertEquals(Optional.of(4.0), score(ons4, "happy", answers));
        assertEquals(Optional.of(6.0), score(ons4, "anxious", answers));
        assertEquals("High", band(ons4, "satisfaction", 7));
        assertEquals("High", band(ons4, "worthwhile", 8));
        assertEquals("Low", band(ons4, "happy", 4));
        assertEquals("Medium", band(ons4, "happy", 5));
        assertEquals("Very high", band(ons4, "happy", 9));
        assertEquals("High", band(ons4, "anxious", 6), "anxiety 6-10 is high");
        assertEquals("Very low", band(ons4, "anxious", 1));
        assertEquals("Low", band(ons4, "anxious", 3));
        assertEquals("Medium", band(ons4, "anxious", 5));
        assertFalse(ons4.measure("anxious").orElseThrow().higherIsBetter());
        assertTrue(ons4.measure("happy").orElseThrow().higherIsBetter());
        Map<String, Integer> noHappy = Map.of("satisfaction", 7, "worthwhile", 8, "anxious", 6);
        assertEquals(Optional.empty(), score(ons4, "happy", noHappy), "an unanswered item has no score");
        assertEquals(Optional.of(7.0), score(ons4, "satisfaction", noHappy), "the others are still scored");
    }

    @Test
    void ucla3_sumsTheThreeItems_3to9_noScoreWhenOneIsMissing() {
        InstrumentDefinition ucla = shipped("ucla3");
        // hardly ever (1) + some of the time (2) + often (3) = 6
        assertEquals(Optional.of(6.0), score(ucla, "total", Map.of("companionship", 1, "left-out", 2, "isolated", 3)));
        assertEquals(Optional.of(3.0), score(ucla, "total", Map.of("companionship", 1, "left-out", 1, "isolated", 1)));
        assertEquals(Optional.of(9.0), score(ucla, "total", Map.of("companionship", 3, "left-out", 3, "isolated", 3)));
        assertEquals(Optional.empty(), score(ucla, "total", Map.of("companionship", 3, "left-out", 3)));
        assertEquals("Often lonely (6-9)", band(ucla, "total", 6));
        assertEquals("Not often lonely (3-5)", band(ucla, "total", 5));
        assertFalse(ucla.measure("total").orElseThrow().higherIsBetter());
    }

    @Test
    void directLoneliness_oftenOrAlwaysIsFive_lowerIsBetter() {
        InstrumentDefinition direct = shipped("loneliness-direct");
        assertEquals("Often or always", direct.item("lonely").orElseThrow().options().get(0).label().get("en"));
        assertEquals(Optional.of(5.0), score(direct, "lonely", Map.of("lonely", 5)));
        assertEquals("Often or always", band(direct, "lonely", 5));
        assertEquals("Some of the time", band(direct, "lonely", 4));
        assertEquals("Occasionally or less", band(direct, "lonely", 2));
        assertEquals(Optional.empty(), score(direct, "lonely", Map.of()));
        assertFalse(direct.measure("lonely").orElseThrow().higherIsBetter());
    }

    @Test
    void belonging_veryStrongIsFour_bandsStrongAndWeak() {
        InstrumentDefinition belonging = shipped("belonging");
        assertEquals(Optional.of(3.0), score(belonging, "belonging", Map.of("belonging", 3)));
        assertEquals("Strong", band(belonging, "belonging", 3));
        assertEquals("Weak", band(belonging, "belonging", 2));
        assertEquals(List.of(4, 3, 2, 1), belonging.item("belonging").orElseThrow().options().stream()
                .map(InstrumentDefinition.Option::value).toList());
    }

    @Test
    void selfRatedHealth_generalAndMentalReportedApart() {
        InstrumentDefinition health = shipped("self-rated-health");
        Map<String, Integer> answers = Map.of("general", 2, "mental", 4);
        assertEquals(Optional.of(2.0), score(health, "general", answers));
        assertEquals(Optional.of(4.0), score(health, "mental", answers));
        assertEquals("Fair or poor", band(health, "general", 2));
        assertEquals("Good", band(health, "general", 3));
        assertEquals("Very good or excellent", band(health, "mental", 4));
        assertEquals(Optional.empty(), score(health, "mental", Map.of("general", 2)));
    }

    @Test
    void wheelOfLife_meanOfNineDomains_proratedWithUpToTwoMissing() {
        InstrumentDefinition wheel = shipped("wheel-of-life");
        assertEquals(9, wheel.items().size());
        String[] ids = wheel.items().stream().map(InstrumentDefinition.Item::id).toArray(String[]::new);
        int[] values = {5, 6, 7, 8, 4, 3, 9, 10, 2};
        Map<String, Integer> all = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            all.put(ids[i], values[i]);
        }
        // 5+6+7+8+4+3+9+10+2 = 54; 54 / 9 = 6.0
        assertEquals(Optional.of(6.0), score(wheel, "overall", all));
        assertEquals(Optional.of(9.0), score(wheel, ids[6], all));
        Map<String, Integer> twoMissing = new HashMap<>(all);
        twoMissing.remove(ids[6]);
        twoMissing.remove(ids[7]);
        // 5+6+7+8+4+3+2 = 35; 35 / 7 = 5.0
        assertEquals(Optional.of(5.0), score(wheel, "overall", twoMissing));
        Map<String, Integer> threeMissing = new HashMap<>(twoMissing);
        threeMissing.remove(ids[0]);
        assertEquals(Optional.empty(), score(wheel, "overall", threeMissing));
        assertEquals(InstrumentDefinition.ChartKind.RADAR, wheel.chart());
    }

    @Test
    void healthSystemUse_countsEnteredByStaff_fewerIsBetter() {
        InstrumentDefinition use = shipped("health-system-use");
        Map<String, Integer> answers = Map.of("chc-visits", 4, "er-visits", 1);
        assertEquals(Optional.of(4.0), score(use, "chc-visits", answers));
        assertEquals(Optional.of(1.0), score(use, "er-visits", answers));
        assertEquals(InstrumentDefinition.Respondent.STAFF, use.respondent());
        assertFalse(use.measure("er-visits").orElseThrow().higherIsBetter());
        assertTrue(use.item("er-visits").orElseThrow().accepts(99));
        assertFalse(use.item("er-visits").orElseThrow().accepts(100));
    }

    @Test
    void prescriberSurvey_threeAgreementItems() {
        InstrumentDefinition survey = shipped("prescriber-survey");
        Map<String, Integer> answers = Map.of("useful", 4, "fewer-visits", 5, "confidence", 3);
        assertEquals(Optional.of(4.0), score(survey, "useful", answers));
        assertEquals(Optional.of(5.0), score(survey, "fewer-visits", answers));
        assertEquals(Optional.of(3.0), score(survey, "confidence", answers));
        assertEquals(InstrumentDefinition.Respondent.PRESCRIBER, survey.respondent());
        assertFalse(survey.item("useful").orElseThrow().accepts(0));
    }

    @Test
    void reverseItems_areTurnedRound_andASumWithAMissingItemIsProrated() {
        InstrumentDefinition scale = InstrumentParser.parse(InstrumentParserTest.REVERSED_SCALE);
        // a = 1, b reversed: 1 + 4 - 4 = 1, c = 2 → 4
        assertEquals(Optional.of(4.0), score(scale, "total", Map.of("a", 1, "b", 4, "c", 2)));
        // b reversed: 1 + 4 - 1 = 4 → 3 + 4 + 1 = 8; mean of the same = 8 / 3
        assertEquals(Optional.of(8.0), score(scale, "total", Map.of("a", 3, "b", 1, "c", 1)));
        assertEquals(8.0 / 3, score(scale, "average", Map.of("a", 3, "b", 1, "c", 1)).orElseThrow(), 1e-12);
        // b missing: (3 + 1) / 2 = 2 per item × 3 items = 6
        assertEquals(Optional.of(6.0), score(scale, "total", Map.of("a", 3, "c", 1)));
        // two missing is more than maxMissing 1
        assertEquals(Optional.empty(), score(scale, "total", Map.of("a", 3)));
        // a prorated 5.5 lies between the bands 3-5 and 6-12: it stays in the lower one
        assertEquals("low", band(scale, "total", 5.5));
        assertEquals("high", band(scale, "total", 6));
        assertEquals("none", band(scale, "total", 13));
    }
}
