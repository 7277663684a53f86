package org.linkwell.referrals;

import static org.linkwell.db.Tables.REFERRAL;

import java.util.HashSet;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.linkwell.core.Caseload;

/**
 * A staff member's clients, read from the referrals: those they referred (prescribers), those assigned to them
 * (navigators), and, for people who pick up work, those with a referral still waiting for a navigator.
 */
public final class CaseloadRepository implements Caseload {

    @Override
    public boolean includes(DSLContext dsl, long staffId, boolean withQueue, long clientId) {
        return dsl.fetchExists(dsl.selectOne().from(REFERRAL)
                .where(REFERRAL.CLIENT_ID.eq(clientId)).and(theirs(staffId, withQueue)));
    }

    @Override
    public Set<Long> clients(DSLContext dsl, long staffId, boolean withQueue) {
        return new HashSet<>(dsl.selectDistinct(REFERRAL.CLIENT_ID).from(REFERRAL)
                .where(theirs(staffId, withQueue)).fetch(REFERRAL.CLIENT_ID));
    }

    private static Condition theirs(long staffId, boolean withQueue) {
        Condition mine = REFERRAL.NAVIGATOR_ID.eq(staffId).or(REFERRAL.PRESCRIBER_ID.eq(staffId));
        return withQueue ? mine.or(REFERRAL.NAVIGATOR_ID.isNull().and(REFERRAL.STATUS.eq(ReferralStatus.REQUESTED.code())))
                : mine;
    }
}
