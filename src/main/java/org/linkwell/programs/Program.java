package org.linkwell.programs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A community program or support a client can be prescribed to. Absent text is "".
 * {@code organizationId} empty means the program is run by our own CHC.
 */
public record Program(long id, int version, String externalId, String name, String description,
                      Optional<Long> organizationId, Category category, Location location, Cost cost,
                      Set<String> interestCodes, Set<String> languages, Set<AccessibilityFeature> accessibility,
                      Eligibility eligibility, Capacity capacity, Joining joining, Contact contact,
                      boolean coCreated, boolean championLed, Optional<LocalDate> lastVerifiedOn,
                      ProgramStatus status, List<Schedule> schedules) {

    /** A listing not checked for this long carries a "check this listing" warning. */
    public static final int STALE_AFTER_MONTHS = 12;

    public Program {
        interestCodes = Set.copyOf(interestCodes);
        languages = Set.copyOf(languages);
        accessibility = Set.copyOf(accessibility);
        schedules = List.copyOf(schedules);
    }

    public record Location(LocationKind kind, String placeName, String street, String city, String postalCode,
                           String virtualLink) {
    }

    /** Money in cents; {@code cents} is the fee for FEE, the usual top of the scale for SLIDING_SCALE. */
    public record Cost(CostKind kind, OptionalInt cents, boolean subsidyAvailable) {
        public boolean isFree() {
            return kind == CostKind.FREE;
        }
    }

    public record Eligibility(OptionalInt minAge, OptionalInt maxAge, Set<Audience> audiences) {
        public Eligibility {
            audiences = Set.copyOf(audiences);
        }

        public boolean admitsAge(int age) {
            return (minAge.isEmpty() || age >= minAge.getAsInt()) && (maxAge.isEmpty() || age <= maxAge.getAsInt());
        }
    }

    public record Capacity(OptionalInt places, boolean full) {
    }

    public record Joining(HowToJoin how, String details) {
    }

    public record Contact(String name, String phone, String email) {
    }

    public boolean isNew() {
        return id == 0;
    }

    public boolean isRunByOurChc() {
        return organizationId.isEmpty();
    }

    /** Never verified, or last verified more than twelve months before {@code today}. */
    public boolean needsChecking(LocalDate today) {
        return lastVerifiedOn.map(on -> on.plusMonths(STALE_AFTER_MONTHS).isBefore(today)).orElse(true);
    }

    /** The next {@code count} sessions over all of the program's schedules. */
    public List<Schedule.Session> nextSessions(LocalDate from, int count) {
        List<Schedule.Session> all = new ArrayList<>();
        schedules.forEach(schedule -> all.addAll(schedule.nextSessions(from, count)));
        Collections.sort(all);
        return all.size() > count ? List.copyOf(all.subList(0, count)) : List.copyOf(all);
    }

    public Program withIdentity(long newId, int newVersion, String newExternalId) {
        return new Program(newId, newVersion, newExternalId, name, description, organizationId, category, location,
                cost, interestCodes, languages, accessibility, eligibility, capacity, joining, contact, coCreated,
                championLed, lastVerifiedOn, status, schedules);
    }

    public Program withLastVerifiedOn(LocalDate on) {
        return new Program(id, version, externalId, name, description, organizationId, category, location, cost,
                interestCodes, languages, accessibility, eligibility, capacity, joining, contact, coCreated,
                championLed, Optional.of(on), status, schedules);
    }

    /** An empty, active, free drop-in program run by our CHC. */
    public static Program blank() {
        return new Program(0, 0, "", "", "", Optional.empty(), Category.SOCIAL_PEER_SUPPORT,
                new Location(LocationKind.IN_PERSON, "", "", "", "", ""),
                new Cost(CostKind.FREE, OptionalInt.empty(), false), Set.of(), Set.of("en"), Set.of(),
                new Eligibility(OptionalInt.empty(), OptionalInt.empty(), Set.of()),
                new Capacity(OptionalInt.empty(), false), new Joining(HowToJoin.DROP_IN, ""),
                new Contact("", "", ""), false, false, Optional.empty(), ProgramStatus.ACTIVE, List.of());
    }
}
