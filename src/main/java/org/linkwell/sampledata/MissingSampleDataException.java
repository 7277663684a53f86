package org.linkwell.sampledata;

/**
 * The journeys name clients or programs the database does not have yet: the clients (clients.csv)
 * and the program catalog (programs.csv, organizations.csv) must be loaded first, in that order.
 */
public final class MissingSampleDataException extends SampleDataException {
    /** What to load before the journeys. */
    public enum Missing { CLIENTS, CATALOG }

    private final Missing missing;
    private final int count;

    MissingSampleDataException(String source, Missing missing, int count, String problem) {
        super(source, problem);
        this.missing = missing;
        this.count = count;
    }

    public Missing missing() {
        return missing;
    }

    /** How many different chart numbers or program ids are missing. */
    public int count() {
        return count;
    }
}
