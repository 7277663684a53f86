package org.linkwell.sampledata;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The dice of the generator. java.util.Random is used because its algorithm is fixed by its
 * specification, so a seed gives the same clients on every Java version and platform.
 */
final class Pick {
    private final Random random;

    private Pick(Random random) {
        this.random = random;
    }

    /** Dice of their own for each client, so client n is the same whatever else is generated. */
    static Pick forClient(long seed, long number) {
        return new Pick(new Random(mix(mix(seed) + number)));
    }

    static Pick seeded(long seed) {
        return new Pick(new Random(mix(seed)));
    }

    /** SplitMix64's finaliser: neighbouring seeds give unrelated dice. */
    private static long mix(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A draw from the standard normal distribution (mean 0, standard deviation 1). */
    double normal() {
        return random.nextGaussian();
    }

    /** A whole number from low to high, both included. */
    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    <T> T one(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** One item, each as likely as its weight. */
    <T> T weighted(List<T> items, int[] weights) {
        return items.get(weightedIndex(weights, null));
    }

    /** Up to {@code count} different items, each as likely as its weight, in the order drawn. */
    <T> List<T> distinct(List<T> items, int[] weights, int count) {
        boolean[] taken = new boolean[items.size()];
        List<T> chosen = new ArrayList<>(count);
        while (chosen.size() < Math.min(count, items.size())) {
            int index = weightedIndex(weights, taken);
            taken[index] = true;
            chosen.add(items.get(index));
        }
        return chosen;
    }

    String digits(int count) {
        StringBuilder text = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            text.append((char) ('0' + random.nextInt(10)));
        }
        return text.toString();
    }

    char oneOf(String characters) {
        return characters.charAt(random.nextInt(characters.length()));
    }

    private int weightedIndex(int[] weights, boolean[] taken) {
        int total = 0;
        for (int i = 0; i < weights.length; i++) {
            total += taken != null && taken[i] ? 0 : weights[i];
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            if (taken != null && taken[i]) {
                continue;
            }
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        throw new IllegalStateException("weights must be positive");
    }
}
