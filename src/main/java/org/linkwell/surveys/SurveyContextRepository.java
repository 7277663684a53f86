package org.linkwell.surveys;

import static org.linkwell.db.Tables.CLIENT_EQUITY;
import static org.linkwell.db.Tables.PROGRAM;
import static org.linkwell.db.Tables.REFERRAL;
import static org.linkwell.db.Tables.REFERRAL_STATUS_CHANGE;
import static org.linkwell.db.Tables.SOCIAL_PRESCRIPTION;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.linkwell.clients.EquityQuestion;
import org.linkwell.programs.Category;

/**
 * Read-only facts the surveys need from the rest of the record, each in one query: when referrals were
 * accepted (the schedule starts there) and which clients belong to an outcome group. Read here rather than
 * client by client through the other services, because an aggregate must not be logged as a view of each
 * client's record, and the dashboard needs all clients at once.
 */
public final class SurveyContextRepository {

    /** A referral's first move to accepted; closedWithoutHelp: it ended rejected or cancelled. */
    public record Acceptance(long clientId, long referralId, Instant acceptedAt, boolean closedWithoutHelp) {
    }

    public List<Acceptance> acceptances(DSLContext dsl, Optional<Long> clientId) {
        var condition = REFERRAL_STATUS_CHANGE.TO_STATUS.eq("accepted");
        if (clientId.isPresent()) {
            condition = condition.and(REFERRAL.CLIENT_ID.eq(clientId.get()));
        }
        Field<Instant> first = DSL.min(REFERRAL_STATUS_CHANGE.CHANGED_AT).as("first_accepted_at");
        return dsl.select(REFERRAL.CLIENT_ID, REFERRAL.ID, first, REFERRAL.STATUS)
                .from(REFERRAL).join(REFERRAL_STATUS_CHANGE).on(REFERRAL_STATUS_CHANGE.REFERRAL_ID.eq(REFERRAL.ID))
                .where(condition).groupBy(REFERRAL.ID, REFERRAL.CLIENT_ID, REFERRAL.STATUS)
                .fetch(r -> new Acceptance(r.value1(), r.value2(), r.value3(),
                        "rejected".equals(r.value4()) || "cancelled".equals(r.value4())));
    }

    /** Clients with at least one social prescription to a program of this category. */
    public Set<Long> clientsPrescribed(DSLContext dsl, Category category) {
        return new HashSet<>(dsl.selectDistinct(SOCIAL_PRESCRIPTION.CLIENT_ID).from(SOCIAL_PRESCRIPTION)
                .join(PROGRAM).on(PROGRAM.ID.eq(SOCIAL_PRESCRIPTION.PROGRAM_ID))
                .where(PROGRAM.CATEGORY.eq(category.code())).fetch(SOCIAL_PRESCRIPTION.CLIENT_ID));
    }

    /** Clients who gave this answer to this equity question. */
    public Set<Long> clientsAnswering(DSLContext dsl, EquityQuestion question, String answer) {
        @SuppressWarnings("unchecked")
        Field<String> column = (Field<String>) CLIENT_EQUITY.field(question.code().replace('-', '_'));
        if (column == null) {
            throw new IllegalArgumentException("no column for equity question " + question);
        }
        return new HashSet<>(dsl.select(CLIENT_EQUITY.CLIENT_ID).from(CLIENT_EQUITY).where(column.eq(answer))
                .fetch(CLIENT_EQUITY.CLIENT_ID));
    }
}
