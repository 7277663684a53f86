package org.linkwell.core;

import java.util.Set;
import org.jooq.DSLContext;

/**
 * The clients a staff member works with: those with a referral they made or were assigned, and (for people who
 * pick up work) those with a referral waiting in the unassigned queue. Their whole record is open to that person;
 * of other clients only the contact details are, unless their role reaches every client.
 */
public interface Caseload {

    boolean includes(DSLContext dsl, long staffId, boolean withQueue, long clientId);

    Set<Long> clients(DSLContext dsl, long staffId, boolean withQueue);
}
