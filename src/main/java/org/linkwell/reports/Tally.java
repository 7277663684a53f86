package org.linkwell.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts by code, in a fixed order of known codes (so every table lists the same rows, zeros included). */
final class Tally {
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final String otherwise;

    /** Codes not in {@code known} are counted under {@code otherwise}. */
    Tally(List<String> known, String otherwise) {
        known.forEach(code -> counts.put(code, 0L));
        counts.putIfAbsent(otherwise, 0L);
        this.otherwise = otherwise;
    }

    void add(String code) {
        add(code, 1);
    }

    void add(String code, long by) {
        counts.merge(counts.containsKey(code) ? code : otherwise, by, Long::sum);
    }

    Map<String, Long> counts() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    /** A histogram of whole numbers that answers nearest-rank percentiles in constant memory. */
    static final class Histogram {
        private final TreeMap<Long, Long> counts = new TreeMap<>();
        private long total;

        void add(long value) {
            counts.merge(value, 1L, Long::sum);
            total++;
        }

        long total() {
            return total;
        }

        /** The smallest value with at least {@code fraction} of all values at or below it. */
        java.util.OptionalDouble percentile(double fraction) {
            if (total == 0) {
                return java.util.OptionalDouble.empty();
            }
            long rank = Math.max(1, (long) Math.ceil(fraction * total));
            long seen = 0;
            for (Map.Entry<Long, Long> entry : counts.entrySet()) {
                seen += entry.getValue();
                if (seen >= rank) {
                    return java.util.OptionalDouble.of(entry.getKey());
                }
            }
            throw new IllegalStateException("unreachable");
        }
    }
}
