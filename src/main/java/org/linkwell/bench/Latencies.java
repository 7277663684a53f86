package org.linkwell.bench;

import java.util.Arrays;

/** The median and 95th percentile of a set of timings, in milliseconds (nearest-rank method). */
public record Latencies(double p50Millis, double p95Millis) {

    public static Latencies of(long[] nanos) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("no timings");
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(millis(percentile(sorted, 0.50)), millis(percentile(sorted, 0.95)));
    }

    private static long percentile(long[] sorted, double fraction) {
        int rank = (int) Math.ceil(fraction * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
