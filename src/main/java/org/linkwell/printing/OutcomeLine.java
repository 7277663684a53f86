package org.linkwell.printing;

/** One outcome measure for the letter to the prescriber, already in the letter's language. */
public record OutcomeLine(String measure, String baseline, String latest, String change) {
}
