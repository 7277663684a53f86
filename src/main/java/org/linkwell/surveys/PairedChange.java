package org.linkwell.surveys;

import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The paired change of one measure: mean baseline, mean follow-up, mean of (follow-up − baseline) with its 95%
 * confidence interval from the t distribution with n − 1 degrees of freedom, and how many improved, stayed
 * the same or got worse in the measure's better direction.
 */
public record PairedChange(int n, double meanBaseline, double meanFollowUp, double meanChange, double sd,
                           double ciLow, double ciHigh, int improved, int same, int worse) {
    /** Differences smaller than this are "the same" (scores are whole numbers or means of them). */
    static final double SAME_WITHIN = 1e-9;

    /** One client's pair. */
    public record Pair(double baseline, double followUp) {
    }

    public static PairedChange of(List<Pair> pairs, boolean higherIsBetter) {
        int n = pairs.size();
        if (n == 0) {
            throw new IllegalArgumentException("no pairs");
        }
        double base = 0;
        double follow = 0;
        int improved = 0;
        int same = 0;
        int worse = 0;
        for (Pair pair : pairs) {
            base += pair.baseline();
            follow += pair.followUp();
            switch (ClientMeasure.direction(pair.followUp() - pair.baseline(), higherIsBetter)) {
                case BETTER -> improved++;
                case WORSE -> worse++;
                default -> same++;
            }
        }
        double meanChange = (follow - base) / n;
        double squares = 0;
        for (Pair pair : pairs) {
            double d = pair.followUp() - pair.baseline() - meanChange;
            squares += d * d;
        }
        double sd = n > 1 ? Math.sqrt(squares / (n - 1)) : Double.NaN;
        double low = Double.NaN;
        double high = Double.NaN;
        if (n > 1) {
            double t = new TDistribution(n - 1).inverseCumulativeProbability(0.975);
            double margin = t * sd / Math.sqrt(n);
            low = meanChange - margin;
            high = meanChange + margin;
        }
        return new PairedChange(n, base / n, follow / n, meanChange, sd, low, high, improved, same, worse);
    }
}
