package org.linkwell.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Paired change against numbers worked by hand. */
class PairedChangeTest {
    private static PairedChange.Pair pair(double baseline, double followUp) {
        return new PairedChange.Pair(baseline, followUp);
    }

    @Test
    void meanSdAndTInterval_ofFivePairs() {
        // UCLA-3 (lower is better): 7→4, 6→5, 8→4, 5→5, 9→6; differences −3, −1, −4, 0, −3
        PairedChange change = PairedChange.of(List.of(pair(7, 4), pair(6, 5), pair(8, 4), pair(5, 5), pair(9, 6)), false);
        assertEquals(5, change.n());
        assertEquals(7.0, change.meanBaseline(), 1e-12);
        assertEquals(4.8, change.meanFollowUp(), 1e-12);
        // mean = −11 / 5 = −2.2
        assertEquals(-2.2, change.meanChange(), 1e-12);
        // deviations −0.8, 1.2, −1.8, 2.2, −0.8; squares sum to 10.8; variance 10.8 / 4 = 2.7
        assertEquals(Math.sqrt(2.7), change.sd(), 1e-12);
        // t(0.975, 4 df) = 2.7764 (tables); standard error sqrt(2.7 / 5) = 0.734847; margin 2.040263
        assertEquals(-4.2403, change.ciLow(), 1e-4);
        assertEquals(-0.1597, change.ciHigh(), 1e-4);
        assertEquals(4, change.improved());
        assertEquals(1, change.same());
        assertEquals(0, change.worse());
    }

    @Test
    void higherIsBetter_countsRisesAsImproved_andOnePairHasNoInterval() {
        // ONS4 life satisfaction: 4→7, 6→5, 5→5: differences 3, −1, 0; mean 2/3
        PairedChange change = PairedChange.of(List.of(pair(4, 7), pair(6, 5), pair(5, 5)), true);
        assertEquals(1, change.improved());
        assertEquals(1, change.same());
        assertEquals(1, change.worse());
        assertEquals(2.0 / 3, change.meanChange(), 1e-12);
        // deviations 7/3, −5/3, −2/3: squares 49/9 + 25/9 + 4/9 = 78/9; variance 39/9; t(0.975, 2) = 4.3027
        double margin = 4.3027 * Math.sqrt(39.0 / 9 / 3);
        assertEquals(2.0 / 3 - margin, change.ciLow(), 1e-3);
        PairedChange one = PairedChange.of(List.of(pair(4, 7)), true);
        assertTrue(Double.isNaN(one.ciLow()) && Double.isNaN(one.ciHigh()));
        assertEquals(3.0, one.meanChange(), 1e-12);
    }
}
