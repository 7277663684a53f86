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
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.linkwell.core.Timestamps;
import org.linkwell.db.tables.SocialPrescriptionStatusChange;

/**
 * The only code that speaks SQL for funder reports. Rows are streamed to a consumer straight off the
 * result set ({@link ResultRows}), so a report over 100,000 clients never holds them all in memory.
 */
public final class ReportRepository {
    private static final List<String> AGREED_OR_LATER = List.of("agreed", "started", "attending", "completed");
    private static final List<String> STARTED_OR_LATER = List.of("started", "attending", "completed");
    private static final SocialPrescriptionStatusChange MADE = SOCIAL_PRESCRIPTION_STATUS_CHANGE.as("made");

    /** Instants are compared as a half-open range [from, until). */
    public record Instants(Instant from, Instant until) {
    }

    public void referrals(DSLContext dsl, ReportPeriod period, Consumer<ReportFacts.Referral> each) {
        ResultRows.each(dsl.select(REFERRAL.CLIENT_ID, REFERRAL.REFERRED_ON, REFERRAL.FIRST_CONTACT_ON, REFERRAL.REASONS,
                        DSL.coalesce(STAFF.DISCIPLINE, REFERRAL.SOURCE))
                .from(REFERRAL).leftJoin(STAFF).on(STAFF.ID.eq(REFERRAL.PRESCRIBER_ID))
                .where(REFERRAL.REFERRED_ON.between(period.from(), period.to())),
                r -> each.accept(new ReportFacts.Referral(r.getLong(1), ResultRows.day(r.getString(2)),
                        ResultRows.day(r, 3), r.getString(4), r.getString(5))));
    }

    /** Clients whose first referral ever falls in the period, counted by the month of that referral. */
    public void newClients(DSLContext dsl, ReportPeriod period, Consumer<ReportFacts.MonthCount> each) {
        var firsts = dsl.select(DSL.min(REFERRAL.REFERRED_ON).as("first_on")).from(REFERRAL).groupBy(REFERRAL.CLIENT_ID)
                .having(DSL.min(REFERRAL.REFERRED_ON).between(period.from(), period.to())).asTable("firsts");
        Field<String> month = DSL.substring(firsts.field("first_on", String.class), 1, 7);
        ResultRows.each(dsl.select(month, DSL.count()).from(firsts).groupBy(month),
                r -> each.accept(new ReportFacts.MonthCount(YearMonth.parse(r.getString(1)), r.getLong(2))));
    }

    /** Clients with a referral moved to completed in the range, with the first such moment. */
    public void completedClients(DSLContext dsl, Instants range, Consumer<Instant> firstCompletedAt) {
        ResultRows.each(dsl.select(DSL.min(REFERRAL_STATUS_CHANGE.CHANGED_AT)).from(REFERRAL_STATUS_CHANGE)
                .join(REFERRAL).on(REFERRAL.ID.eq(REFERRAL_STATUS_CHANGE.REFERRAL_ID))
                .where(REFERRAL_STATUS_CHANGE.TO_STATUS.eq("completed"))
                .and(REFERRAL_STATUS_CHANGE.CHANGED_AT.ge(range.from()))
                .and(REFERRAL_STATUS_CHANGE.CHANGED_AT.lt(range.until()))
                .groupBy(REFERRAL.CLIENT_ID), r -> firstCompletedAt.accept(Timestamps.parse(r.getString(1))));
    }

    /** Social prescriptions made (first recorded) in the range, with how far each got. */
    public void prescriptions(DSLContext dsl, Instants range, Consumer<ReportFacts.Prescription> each) {
        ResultRows.each(dsl.select(SOCIAL_PRESCRIPTION.PROGRAM_ID, PROGRAM.CATEGORY, SOCIAL_PRESCRIPTION.STATUS,
                        MADE.CHANGED_AT, reached(AGREED_OR_LATER), reached(STARTED_OR_LATER))
                .from(MADE)
                .join(SOCIAL_PRESCRIPTION).on(SOCIAL_PRESCRIPTION.ID.eq(MADE.SOCIAL_PRESCRIPTION_ID))
                .leftJoin(PROGRAM).on(PROGRAM.ID.eq(SOCIAL_PRESCRIPTION.PROGRAM_ID))
                .where(MADE.FROM_STATUS.isNull()).and(MADE.CHANGED_AT.ge(range.from()))
                .and(MADE.CHANGED_AT.lt(range.until())),
                r -> each.accept(new ReportFacts.Prescription(ResultRows.id(r, 1),
                        Optional.ofNullable(r.getString(2)).orElse(ReportFacts.MATERIAL_SUPPORT), r.getString(3),
                        Timestamps.parse(r.getString(4)), r.getInt(5) != 0, r.getInt(6) != 0)));
    }

    /**
     * 1 if the prescription has reached one of the statuses: it is in one now, or its history went through one. The
     * current status answers most rows without a look into the history (a third of this query's time).
     */
    private static Field<Integer> reached(List<String> statuses) {
        return DSL.when(SOCIAL_PRESCRIPTION.STATUS.in(statuses), DSL.inline(1))
                .otherwise(DSL.field(DSL.exists(DSL.selectOne().from(SOCIAL_PRESCRIPTION_STATUS_CHANGE)
                        .where(SOCIAL_PRESCRIPTION_STATUS_CHANGE.SOCIAL_PRESCRIPTION_ID.eq(SOCIAL_PRESCRIPTION.ID))
                        .and(SOCIAL_PRESCRIPTION_STATUS_CHANGE.TO_STATUS.in(statuses)))).cast(Integer.class));
    }


    /** Encounters per day in the period: how many and their minutes. */
    public void encounterDays(DSLContext dsl, ReportPeriod period, Consumer<ReportFacts.EncounterDay> each) {
        ResultRows.each(dsl.select(ENCOUNTER.OCCURRED_ON, DSL.count(), DSL.sum(ENCOUNTER.MINUTES)).from(ENCOUNTER)
                .where(ENCOUNTER.OCCURRED_ON.between(period.from(), period.to())).groupBy(ENCOUNTER.OCCURRED_ON),
                r -> each.accept(new ReportFacts.EncounterDay(ResultRows.day(r.getString(1)), r.getLong(2),
                        r.getLong(3))));
    }

    /**
     * Clients served: a referral received or an encounter in the period; how many share each profile (age band on
     * the period's last day, gender, language, equity answers), counted in SQLite.
     */
    public void clientsServed(DSLContext dsl, ReportPeriod period, Consumer<ReportFacts.ClientProfile> each) {
        var served = DSL.select(REFERRAL.CLIENT_ID).from(REFERRAL)
                .where(REFERRAL.REFERRED_ON.between(period.from(), period.to()))
                .union(DSL.select(ENCOUNTER.CLIENT_ID).from(ENCOUNTER)
                        .where(ENCOUNTER.OCCURRED_ON.between(period.from(), period.to())));
        org.jooq.CaseConditionStep<String> band = null;
        for (int i = AgeBand.CODES.size() - 2; i >= 0; i--) {
            String code = AgeBand.CODES.get(i);
            org.jooq.Condition bornBy = CLIENT.DATE_OF_BIRTH.le(AgeBand.bornBy(code, period.to()));
            band = band == null ? DSL.when(bornBy, DSL.inline(code)) : band.when(bornBy, DSL.inline(code));
        }
        Field<String> ageBand = band.otherwise(DSL.inline("unknown"));
        List<Field<?>> profile = List.of(ageBand, CLIENT.GENDER, CLIENT.PREFERRED_LANGUAGE, CLIENT_EQUITY.INDIGENOUS,
                CLIENT_EQUITY.RACIAL_GROUP, CLIENT_EQUITY.NEWCOMER, CLIENT_EQUITY.DISABILITY, CLIENT_EQUITY.LGBTQ,
                CLIENT_EQUITY.FRANCOPHONE);
        ResultRows.each(dsl.select(profile).select(DSL.count())
                .from(CLIENT).leftJoin(CLIENT_EQUITY).on(CLIENT_EQUITY.CLIENT_ID.eq(CLIENT.ID))
                .where(CLIENT.ID.in(served)).groupBy(profile),
                r -> each.accept(new ReportFacts.ClientProfile(r.getString(1), Optional.ofNullable(r.getString(2)),
                        r.getString(3), List.of(text(r.getString(4)), text(r.getString(5)), text(r.getString(6)),
                                text(r.getString(7)), text(r.getString(8)), text(r.getString(9))), r.getLong(10))));
    }

    /** Minutes of volunteering per Health Champion who logged any in the period. */
    public void volunteerMinutes(DSLContext dsl, ReportPeriod period, Consumer<Long> minutesOfOneChampion) {
        ResultRows.each(dsl.select(DSL.sum(VOLUNTEER_HOURS.MINUTES)).from(VOLUNTEER_HOURS)
                .where(VOLUNTEER_HOURS.WORKED_ON.between(period.from(), period.to())).groupBy(VOLUNTEER_HOURS.CLIENT_ID),
                r -> minutesOfOneChampion.accept(r.getLong(1)));
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
        ResultRows.each(dsl.select(SOCIAL_PRESCRIPTION.CLIENT_ID, CLIENT.DATE_OF_BIRTH, CLIENT.POSTAL_CODE,
                        PROGRAM.CATEGORY, REFERRAL.REFERRED_ON, REFERRAL.STATUS, MADE.CHANGED_AT,
                        SOCIAL_PRESCRIPTION.STARTED_ON, SOCIAL_PRESCRIPTION.ENDED_ON, SOCIAL_PRESCRIPTION.STATUS)
                .from(SOCIAL_PRESCRIPTION)
                .join(MADE).on(MADE.SOCIAL_PRESCRIPTION_ID.eq(SOCIAL_PRESCRIPTION.ID).and(MADE.FROM_STATUS.isNull()))
                .join(CLIENT).on(CLIENT.ID.eq(SOCIAL_PRESCRIPTION.CLIENT_ID))
                .leftJoin(PROGRAM).on(PROGRAM.ID.eq(SOCIAL_PRESCRIPTION.PROGRAM_ID))
                .leftJoin(REFERRAL).on(REFERRAL.ID.eq(SOCIAL_PRESCRIPTION.REFERRAL_ID))
                .where(MADE.CHANGED_AT.ge(range.from())).and(MADE.CHANGED_AT.lt(range.until()))
                .orderBy(MADE.CHANGED_AT, SOCIAL_PRESCRIPTION.ID),
                r -> each.accept(new ReportFacts.DataRow(r.getLong(1), ResultRows.day(r, 2),
                        Optional.ofNullable(r.getString(3)),
                        Optional.ofNullable(r.getString(4)).orElse(ReportFacts.MATERIAL_SUPPORT), ResultRows.day(r, 5),
                        Optional.ofNullable(r.getString(6)), Timestamps.parse(r.getString(7)), ResultRows.day(r, 8),
                        ResultRows.day(r, 9), r.getString(10))));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
