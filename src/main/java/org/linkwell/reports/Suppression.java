package org.linkwell.reports;

import java.util.Arrays;

/**
 * Small-cell suppression: a count from 1 to threshold − 1 is never shown (it prints as "&lt;5").
 * Where a shown total would let a reader work a single hidden cell out, the next-smallest
 * non-zero cell is hidden too (complementary suppression). Zero is shown: it names nobody.
 */
public record Suppression(int threshold) {
    public static final int DEFAULT_THRESHOLD = 5;
    public static final int MIN_THRESHOLD = 2;
    public static final int MAX_THRESHOLD = 20;

    public Suppression {
        if (threshold < MIN_THRESHOLD || threshold > MAX_THRESHOLD) {
            throw new IllegalArgumentException("the suppression threshold is " + MIN_THRESHOLD + " to " + MAX_THRESHOLD
                    + ", not " + threshold);
        }
    }

    /** What a suppressed count prints as, e.g. "&lt;5". */
    public String marker() {
        return "<" + threshold;
    }

    public boolean isSmall(long count) {
        return count >= 1 && count < threshold;
    }

    /**
     * Which cells of one group to hide, where the cells add up to a total that is shown (a column
     * of a table with a total row). The total itself is hidden only when it is small.
     */
    public boolean[] group(long[] cells) {
        boolean[] hidden = new boolean[cells.length];
        int count = 0;
        for (int i = 0; i < cells.length; i++) {
            hidden[i] = isSmall(cells[i]);
            count += hidden[i] ? 1 : 0;
        }
        if (count == 1 && !isSmall(Arrays.stream(cells).sum())) {
            int next = -1;
            for (int i = 0; i < cells.length; i++) {
                if (!hidden[i] && cells[i] > 0 && (next < 0 || cells[i] < cells[next])) {
                    next = i;
                }
            }
            if (next >= 0) {
                hidden[next] = true;
            }
        }
        return hidden;
    }
}
