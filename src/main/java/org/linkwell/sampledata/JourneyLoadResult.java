package org.linkwell.sampledata;

/**
 * What a journey load created; all zero with {@code alreadyLoaded} when the sample journeys were
 * loaded before (they are never loaded twice).
 */
public record JourneyLoadResult(int staff, int referrals, int encounters, int prescriptions, int champions,
                                int volunteerHours, boolean alreadyLoaded) {
    static JourneyLoadResult skipped() {
        return new JourneyLoadResult(0, 0, 0, 0, 0, 0, true);
    }
}
