package org.linkwell.reports;

import static org.linkwell.db.Tables.CLIENT;
import static org.linkwell.db.Tables.CLIENT_EQUITY;
import static org.linkwell.db.Tables.ENCOUNTER;
import static org.linkwell.db.Tables.PARTNER_ORGANIZATION;
import static org.linkwell.db.Tables.PROGRAM;
import static org.linkwell.db.Tables.REFERRAL;
import static org.linkwell.db.Tables.REFERRAL_STATUS_CHANGE;
import static org.linkwell.db.Tables.SOCIAL_PRESCRIPTION;
import static org.linkwell.db.Tables.SOCIAL_PRESCRIPTION_STATUS_CHANGE;
import static org.linkwell.db.Tables.STAFF;
import static org.linkwell.db.Tables.VOLUNTEER_HOURS;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;
import org.linkwell.db.tables.SocialPrescriptionStatusChange;

/**
 * The only code that speaks SQL for funder reports. Rows are streamed to a consumer through a
 * cursor, so a report over 100,000 clients never holds them all in memory.
 */
public final class ReportRepository {
    private static final List<String> AGREED_OR_LATER = List.of("agreed", "started", "attending", "completed");
    private static final List<String> STARTED_OR_LATER = List.of("started", "attending", "completed");
    private static final SocialPrescriptionStatusChange MADE = SOCIAL_PRESCRIPTION_STATUS_CHANGE.as("made");

    /** Instants are compared as a half-open range [from, until). */
    public record Instants(Instant from, Instant until) {
    }

    public void referrals(DSLContext dsl, ReportPeriod period, Consumer<ReportFacts.Referral> each) {
        stream(dsl.select(REFERRAL.ID, REFERRAL.CLIENT_ID, REFERRAL.REFERRED_ON, REFERRAL.FIRST_CONTACT_ON,
                        REFERRAL.REASONS, REFERRAL.SOURCE, STAFF.DISCIPLINE)
                .from(REFERRAL).leftJoin(STAFF).on(STAFF.ID.eq(REFERRAL.PRESCRIBER_ID))
                .where(REFERRAL.REFERRED_ON.between(period.from(), period.to())),
                r -> each.accept(new ReportFacts.Referral(r.get(REFERRAL.CLIENT_ID), r.get(REFERRAL.REFERRED_ON),
                        Optional.ofNullable(r.get(REFERRAL.FIRST_CONTACT_ON)), r.get(REFERRAL.REASONS),
                        Optional.ofNullable(r.get(STAFF.DISCIPLINE)).orElse(r.get(REFERRAL.SOURCE)))));
    }

    /** Clients whose first referral ever falls in the period, with that day. */
    public void newClients(DSLContext dsl, ReportPeriod period, Consumer<LocalDate> firstReferredOn) {
        Field<LocalDate> first = DSL.min(REFERRAL.REFERRED_ON).as("first_on");
        stream(dsl.select(REFERRAL.CLIENT_ID, first).from(REFERRAL).groupBy(REFERRAL.CLIENT_ID)
                .having(DSL.min(REFERRAL.REFERRED_ON).between(period.from(), period.to())),
                r -> firstReferredOn.accept(r.get(first)));
    }

    /** Clients with a referral moved to completed in the range, with the first such moment. */
    public void completedClients(DSLContext dsl, Instants range, Consumer<Instant> firstCompletedAt) {
        Field<Instant> first = DSL.min(REFERRAL_STATUS_CHANGE.CHANGED_AT).as("first_at");
        stream(dsl.select(REFERRAL.CLIENT_ID, first).from(REFERRAL_STATUS_CHANGE)
                .join(REFERRAL).on(REFERRAL.ID.eq(REFERRAL_STATUS_CHANGE.REFERRAL_ID))
                .where(REFERRAL_STATUS_CHANGE.TO_STATUS.eq("completed"))
                .and(REFERRAL_STATUS_CHANGE.CHANGED_AT.ge(range.from()))
                .and(REFERRAL_STATUS_CHANGE.CHANGED_AT.lt(range.until()))
                .groupBy(REFERRAL.CLIENT_ID), r -> firstCompletedAt.accept(r.get(first)));
    }

    /** Social prescriptions made (first recorded) in the range, with how far each got. */
    public void prescriptions(DSLContext dsl, Instants range, Consumer<ReportFacts.Prescription> each) {
        Field<Boolean> agreed = DSL.field(reached(AGREED_OR_LATER)).as("agreed");
        Field<Boolean> started = DSL.field(reached(STARTED_OR_LATER)).as("started");
        stream(dsl.select(SOCIAL_PRESCRIPTION.CLIENT_ID, SOCIAL_PRESCRIPTION.PROGRAM_ID, PROGRAM.CATEGORY,
                        SOCIAL_PRESCRIPTION.STATUS, MADE.CHANGED_AT, agreed, started)
                .from(SOCIAL_PRESCRIPTION)
                .join(MADE).on(MADE.SOCIAL_PRESCRIPTION_ID.eq(SOCIAL_PRESCRIPTION.ID).and(MADE.FROM_STATUS.isNull()))
                .leftJoin(PROGRAM).on(PROGRAM.ID.eq(SOCIAL_PRESCRIPTION.PROGRAM_ID))
                .where(MADE.CHANGED_AT.ge(range.from())).and(MADE.CHANGED_AT.lt(range.until())),
                r -> each.accept(new ReportFacts.Prescription(r.get(SOCIAL_PRESCRIPTION.CLIENT_ID),
                        Optional.ofNullable(r.get(SOCIAL_PRESCRIPTION.PROGRAM_ID)),
                        Optional.ofNullable(r.get(PROGRAM.CATEGORY)).orElse(ReportFacts.MATERIAL_SUPPORT),
                        r.get(SOCIAL_PRESCRIPTION.STATUS), r.get(MADE.CHANGED_AT), r.get(agreed), r.get(started))));
    }

    private static org.jooq.Condition reached(List<String> statuses) {
        return DSL.exists(DSL.selectOne().from(SOCIAL_PRESCRIPTION_STATUS_CHANGE)
                .where(SOCIAL_PRESCRIPTION_STATUS_CHANGE.SOCIAL_PRESCRIPTION_ID.eq(SOCIAL_PRESCRIPTION.ID))
                .and(SOCIAL_PRESCRIPTION_STATUS_CHANGE.TO_STATUS.in(statuses)));
    }

    /** Encounters per day in the period: how many and their minutes. */
    public void encounterDays(DSLContext dsl, ReportPeriod period, Consumer<ReportFacts.EncounterDay> each) {
        Field<Integer> count = DSL.count().as("encounters");
        Field<java.math.BigDecimal> minutes = DSL.sum(ENCOUNTER.MINUTES).as("minutes");
        stream(dsl.select(ENCOUNTER.OCCURRED_ON, count, minutes).from(ENCOUNTER)
                .where(ENCOUNTER.OCCURRED_ON.between(period.from(), period.to())).groupBy(ENCOUNTER.OCCURRED_ON),
                r -> each.accept(new ReportFacts.EncounterDay(r.get(ENCOUNTER.OCCURRED_ON), r.get(count),
                        r.get(minutes).longValue())));
    }

    /** Clients served: a referral received or an encounter in the period; their profile for demographics. */
    public void clientsServed(DSLContext dsl, ReportPeriod period, Consumer<ReportFacts.ClientProfile> each) {
        var served = DSL.select(REFERRAL.CLIENT_ID).from(REFERRAL)
                .where(REFERRAL.REFERRED_ON.between(period.from(), period.to()))
                .union(DSL.select(ENCOUNTER.CLIENT_ID).from(ENCOUNTER)
                        .where(ENCOUNTER.OCCURRED_ON.between(period.from(), period.to())));
        stream(dsl.select(CLIENT.DATE_OF_BIRTH, CLIENT.GENDER, CLIENT.PREFERRED_LANGUAGE, CLIENT_EQUITY.INDIGENOUS,
                        CLIENT_EQUITY.RACIAL_GROUP, CLIENT_EQUITY.NEWCOMER, CLIENT_EQUITY.DISABILITY, CLIENT_EQUITY.LGBTQ,
                        CLIENT_EQUITY.FRANCOPHONE)
                .from(CLIENT).leftJoin(CLIENT_EQUITY).on(CLIENT_EQUITY.CLIENT_ID.eq(CLIENT.ID))
                .where(CLIENT.ID.in(served)),
                r -> each.accept(new ReportFacts.ClientProfile(Optional.ofNullable(r.get(CLIENT.DATE_OF_BIRTH)),
                        Optional.ofNullable(r.get(CLIENT.GENDER)), r.get(CLIENT.PREFERRED_LANGUAGE),
                        List.of(text(r.get(CLIENT_EQUITY.INDIGENOUS)), text(r.get(CLIENT_EQUITY.RACIAL_GROUP)),
                                text(r.get(CLIENT_EQUITY.NEWCOMER)), text(r.get(CLIENT_EQUITY.DISABILITY)),
                                text(r.get(CLIENT_EQUITY.LGBTQ)), text(r.get(CLIENT_EQUITY.FRANCOPHONE))))));
    }

    /** Minutes of volunteering per Health Champion who logged any in the period. */
    public void volunteerMinutes(DSLContext dsl, ReportPeriod period, Consumer<Long> minutesOfOneChampion) {
        Field<java.math.BigDecimal> minutes = DSL.sum(VOLUNTEER_HOURS.MINUTES).as("minutes");
        stream(dsl.select(VOLUNTEER_HOURS.CLIENT_ID, minutes).from(VOLUNTEER_HOURS)
                .where(VOLUNTEER_HOURS.WORKED_ON.between(period.from(), period.to())).groupBy(VOLUNTEER_HOURS.CLIENT_ID),
                r -> minutesOfOneChampion.accept(r.get(minutes).longValue()));
    }

    /** Every program with its partner organisation's name (empty: run by our CHC). */
    public List<ReportFacts.ProgramName> programNames(DSLContext dsl) {
        return dsl.select(PROGRAM.ID, PROGRAM.NAME, PROGRAM.CATEGORY, PARTNER_ORGANIZATION.NAME).from(PROGRAM)
                .leftJoin(PARTNER_ORGANIZATION).on(PARTNER_ORGANIZATION.ID.eq(PROGRAM.PARTNER_ORGANIZATION_ID))
                .fetch(r -> new ReportFacts.ProgramName(r.get(PROGRAM.ID), r.get(PROGRAM.NAME), r.get(PROGRAM.CATEGORY),
                        Optional.ofNullable(r.get(PARTNER_ORGANIZATION.NAME))));
    }

    /** One de-identified row per social prescription made in the range, oldest first. */
    public void dataRows(DSLContext dsl, Instants range, Consumer<ReportFacts.DataRow> each) {
        stream(dsl.select(SOCIAL_PRESCRIPTION.CLIENT_ID, CLIENT.DATE_OF_BIRTH, CLIENT.POSTAL_CODE, PROGRAM.CATEGORY,
                        REFERRAL.REFERRED_ON, REFERRAL.STATUS, MADE.CHANGED_AT, SOCIAL_PRESCRIPTION.STARTED_ON,
                        SOCIAL_PRESCRIPTION.ENDED_ON, SOCIAL_PRESCRIPTION.STATUS)
                .from(SOCIAL_PRESCRIPTION)
                .join(MADE).on(MADE.SOCIAL_PRESCRIPTION_ID.eq(SOCIAL_PRESCRIPTION.ID).and(MADE.FROM_STATUS.isNull()))
                .join(CLIENT).on(CLIENT.ID.eq(SOCIAL_PRESCRIPTION.CLIENT_ID))
                .leftJoin(PROGRAM).on(PROGRAM.ID.eq(SOCIAL_PRESCRIPTION.PROGRAM_ID))
                .leftJoin(REFERRAL).on(REFERRAL.ID.eq(SOCIAL_PRESCRIPTION.REFERRAL_ID))
                .where(MADE.CHANGED_AT.ge(range.from())).and(MADE.CHANGED_AT.lt(range.until()))
                .orderBy(MADE.CHANGED_AT, SOCIAL_PRESCRIPTION.ID),
                r -> each.accept(new ReportFacts.DataRow(r.get(SOCIAL_PRESCRIPTION.CLIENT_ID),
                        Optional.ofNullable(r.get(CLIENT.DATE_OF_BIRTH)), Optional.ofNullable(r.get(CLIENT.POSTAL_CODE)),
                        Optional.ofNullable(r.get(PROGRAM.CATEGORY)).orElse(ReportFacts.MATERIAL_SUPPORT),
                        Optional.ofNullable(r.get(REFERRAL.REFERRED_ON)), Optional.ofNullable(r.get(REFERRAL.STATUS)),
                        r.get(MADE.CHANGED_AT), Optional.ofNullable(r.get(SOCIAL_PRESCRIPTION.STARTED_ON)),
                        Optional.ofNullable(r.get(SOCIAL_PRESCRIPTION.ENDED_ON)), r.get(SOCIAL_PRESCRIPTION.STATUS))));
    }

    private static <R extends Record> void stream(ResultQuery<R> query, Consumer<R> each) {
        try (Cursor<R> cursor = query.fetchSize(2_000).fetchLazy()) {
            for (R row : cursor) {
                each.accept(row);
            }
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
