package org.linkwell.sampledata;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import org.linkwell.referrals.PrescriptionStatus;
import org.linkwell.referrals.ReferralReason;
import org.linkwell.referrals.ReferralStatus;
import org.linkwell.referrals.StaffMember;

/**
 * Checks the journey files against each other and against the lifecycles before anything is saved:
 * staff and referrals named exist, no date is in the future, dates follow the path in order, every
 * status change is one the app allows (with a reason where it needs one), and each referral's first
 * contact is its earliest encounter. A problem names the file, the row and the column.
 */
final class JourneyChecks {
    private final Function<JourneyFile, String> names;
    private final LocalDate today;

    JourneyChecks(Function<JourneyFile, String> names, LocalDate today) {
        this.names = names;
        this.today = today;
    }

    void check(Journeys journeys) {
        Map<String, Journeys.StaffRow> staff = new HashMap<>();
        Set<String> staffNames = new HashSet<>();
        each(journeys.staff(), JourneyFile.STAFF, (s, fail) -> {
            if (staff.putIfAbsent(s.key(), s) != null) {
                throw fail.at("id", "repeats an id of an earlier row");
            }
            if (!staffNames.add(s.name())) {
                throw fail.at("name", "repeats the name of an earlier row");
            }
        });
        Map<String, Journeys.ReferralRow> referrals = new HashMap<>();
        each(journeys.referrals(), JourneyFile.REFERRALS, (r, fail) -> {
            if (referrals.putIfAbsent(r.id(), r) != null) {
                throw fail.at("id", "repeats an id of an earlier row");
            }
            referral(r, staff, fail);
        });
        Map<String, LocalDate> firstEncounter = new HashMap<>();
        each(journeys.encounters(), JourneyFile.ENCOUNTERS, (e, fail) -> {
            Optional<Journeys.ReferralRow> referral = referralOf(e.referral(), e.chartNumber(), referrals, fail);
            e.navigator().ifPresent(key -> role(key, StaffMember.Role.NAVIGATOR, staff, "navigator", fail));
            notFuture(e.occurredOn(), "occurred_on", fail);
            referral.filter(r -> e.occurredOn().isBefore(r.referredOn()))
                    .ifPresent(r -> { throw fail.at("occurred_on", "is before the referral's referred_on"); });
            if (e.minutes() < 0 || e.minutes() > 24 * 60) {
                throw fail.at("minutes", "must be from 0 to 1440");
            }
            if (!e.nextStep().isBlank() && e.nextStepDueOn().isEmpty()) {
                throw fail.at("next_step_due_on", "is required when there is a next step");
            }
            e.referral().ifPresent(id -> firstEncounter.merge(id, e.occurredOn(), Days::min));
        });
        each(journeys.referrals(), JourneyFile.REFERRALS, (r, fail) -> {
            Optional<LocalDate> first = Optional.ofNullable(firstEncounter.get(r.id()));
            if (first.isPresent() && !first.equals(r.firstContactOn())) {
                throw fail.at("first_contact_on", "must be the day of the referral's first encounter ("
                        + first.get() + ")");
            }
        });
        each(journeys.prescriptions(), JourneyFile.PRESCRIPTIONS, (p, fail) -> prescription(p, referrals, fail));
        Map<String, LocalDate> champions = new HashMap<>();
        each(journeys.champions(), JourneyFile.CHAMPIONS, (c, fail) -> {
            if (champions.putIfAbsent(c.chartNumber(), c.since()) != null) {
                throw fail.at("chart_number", "repeats a champion of an earlier row");
            }
            if (c.programs().stream().map(Journeys.ProgramRole::program).distinct().count() != c.programs().size()) {
                throw fail.at("programs", "names a program twice");
            }
            notFuture(c.since(), "since_on", fail);
        });
        each(journeys.hours(), JourneyFile.HOURS, (h, fail) -> {
            if (!champions.containsKey(h.chartNumber())) {
                throw fail.at("chart_number", "is not a Health Champion in " + names.apply(JourneyFile.CHAMPIONS));
            }
            notFuture(h.workedOn(), "worked_on", fail);
        });
    }

    private void referral(Journeys.ReferralRow r, Map<String, Journeys.StaffRow> staff, Failure fail) {
        r.prescriber().ifPresent(key -> role(key, StaffMember.Role.PRESCRIBER, staff, "prescriber", fail));
        r.navigator().ifPresent(key -> role(key, StaffMember.Role.NAVIGATOR, staff, "navigator", fail));
        if (r.reasons().contains(ReferralReason.OTHER) && r.otherReason().isBlank()) {
            throw fail.at("other_reason", "is required when the reasons include other");
        }
        if (r.acceptedOn().isPresent() && r.navigator().isEmpty()) {
            throw fail.at("navigator", "is required once the referral is accepted");
        }
        if (r.onHoldOn().isPresent() != !r.onHoldReason().isBlank()) {
            throw fail.at("on_hold_reason", "goes with on_hold_on: both or neither");
        }
        if (r.resumedOn().isPresent() && r.onHoldOn().isEmpty()) {
            throw fail.at("resumed_on", "needs on_hold_on");
        }
        inOrder(fail, new Dated("referred_on", Optional.of(r.referredOn())), new Dated("accepted_on", r.acceptedOn()),
                new Dated("first_contact_on", r.firstContactOn()), new Dated("on_hold_on", r.onHoldOn()),
                new Dated("resumed_on", r.resumedOn()), new Dated("closed_on", r.closedOn()));
        path(r.path(), r.status(), r.closedOn(), ReferralStatus::canMoveTo, ReferralStatus::needsReason,
                ReferralStatus::isClosed, fail);
    }

    private void prescription(Journeys.PrescriptionRow p, Map<String, Journeys.ReferralRow> referrals, Failure fail) {
        Optional<Journeys.ReferralRow> referral = referralOf(p.referral(), p.chartNumber(), referrals, fail);
        if (p.program().isEmpty() && p.materialSupport().isBlank()) {
            throw fail.at("program", "or material_support is required");
        }
        Optional<LocalDate> from = referral.map(r -> r.firstContactOn().orElse(r.referredOn()));
        from.filter(day -> p.suggestedOn().isBefore(day)).ifPresent(day -> {
            throw fail.at("suggested_on", "is before the referral's first contact (or referral)");
        });
        inOrder(fail, new Dated("suggested_on", Optional.of(p.suggestedOn())), new Dated("agreed_on", p.agreedOn()),
                new Dated("started_on", p.startedOn()), new Dated("attending_on", p.attendingOn()),
                new Dated("ended_on", p.endedOn()));
        path(p.path(), p.status(), p.endedOn(), PrescriptionStatus::canMoveTo, PrescriptionStatus::needsReason,
                PrescriptionStatus::isClosed, fail);
    }

    /** Each step is a move the lifecycle allows, with its reason; the path ends at the status column. */
    private static <S> void path(List<Journeys.Step<S>> steps, S status, Optional<LocalDate> closedOn,
                                 BiPredicate<S, S> canMove, Predicate<S> needsReason,
                                 Predicate<S> closed, Failure fail) {
        for (int i = 1; i < steps.size(); i++) {
            S from = steps.get(i - 1).status();
            S to = steps.get(i).status();
            if (!canMove.test(from, to)) {
                throw fail.at("status", "the dates imply a move from " + code(from) + " to " + code(to)
                        + ", which is not allowed");
            }
            if (needsReason.test(to) && steps.get(i).reason().isBlank()) {
                throw fail.at(closed.test(to) ? "status_reason" : "on_hold_reason", "is required for " + code(to));
            }
        }
        if (closed.test(status) != closedOn.isPresent()) {
            throw fail.at("status", "a closed status needs its closing date, and only a closed one has it");
        }
        S last = steps.get(steps.size() - 1).status();
        if (!last.equals(status)) {
            throw fail.at("status", "is " + code(status) + " but the dates lead to " + code(last));
        }
    }

    private record Dated(String column, Optional<LocalDate> day) {
    }

    private void inOrder(Failure fail, Dated... dates) {
        LocalDate previous = LocalDate.MIN;
        String previousColumn = "";
        for (Dated dated : dates) {
            if (dated.day().isEmpty()) {
                continue;
            }
            LocalDate day = dated.day().get();
            notFuture(day, dated.column(), fail);
            if (day.isBefore(previous)) {
                throw fail.at(dated.column(), "is before " + previousColumn);
            }
            previous = day;
            previousColumn = dated.column();
        }
    }

    private void notFuture(LocalDate day, String column, Failure fail) {
        if (day.isAfter(today)) {
            throw fail.at(column, "is in the future");
        }
    }

    private Optional<Journeys.ReferralRow> referralOf(Optional<String> id, String chartNumber,
                                                      Map<String, Journeys.ReferralRow> referrals, Failure fail) {
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Journeys.ReferralRow referral = referrals.get(id.get());
        if (referral == null) {
            throw fail.at("referral", "is not an id in " + names.apply(JourneyFile.REFERRALS));
        }
        if (!referral.chartNumber().equals(chartNumber)) {
            throw fail.at("chart_number", "is not the client of referral " + referral.id());
        }
        return Optional.of(referral);
    }

    private void role(String key, StaffMember.Role role, Map<String, Journeys.StaffRow> staff, String column,
                      Failure fail) {
        Journeys.StaffRow member = staff.get(key);
        if (member == null) {
            throw fail.at(column, "is not an id in " + names.apply(JourneyFile.STAFF));
        }
        if (member.role() != role) {
            throw fail.at(column, "is not a " + role.code());
        }
    }

    private static String code(Object status) {
        return status.toString().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Makes the exception for a problem in one column of the current row. */
    @FunctionalInterface
    private interface Failure {
        SampleDataException at(String column, String problem);
    }

    private interface RowCheck<T> {
        void check(T row, Failure fail);
    }

    private <T> void each(List<T> rows, JourneyFile file, RowCheck<T> check) {
        for (int i = 0; i < rows.size(); i++) {
            int number = i + 2;
            check.check(rows.get(i), (column, problem) -> new SampleDataException(names.apply(file), number, column,
                    problem));
        }
    }
}
