package org.linkwell.clients;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A client of the CHC's social prescribing program, as the editor shows it.
 * Absent text is "", never null. A new client has id 0 and version 0.
 */
public record Client(long id, int version, Identity identity, Contact contact, Consent consent,
                     Strengths strengths, List<Need> needs, List<Barrier> barriers, Equity equity, Closure closure) {

    public Client {
        needs = List.copyOf(needs);
        barriers = List.copyOf(barriers);
    }

    public boolean isNew() {
        return id == 0;
    }

    public boolean isClosed() {
        return closure.closedOn().isPresent();
    }

    public Client withId(long newId, int newVersion) {
        return new Client(newId, newVersion, identity, contact, consent, strengths, needs, barriers, equity, closure);
    }

    public static Client blank() {
        return new Client(0, 0,
                new Identity("", "", "", "", "", Optional.empty(), "", Language.ENGLISH, ""),
                new Contact("", "", "", "", "ON", "", true, false, false, false),
                new Consent(false, Optional.empty(), Optional.empty(), ""),
                new Strengths(Set.of(), "", "", ""),
                List.of(), List.of(), Equity.none(), Closure.open());
    }

    public record Identity(String chartNumber, String givenName, String familyName, String preferredName,
                           String pronouns, Optional<LocalDate> dateOfBirth, String gender,
                           Language language, String languageOther) {
    }

    public record Contact(String phone, String email, String street, String city, String province, String postalCode,
                          boolean mayPhone, boolean mayText, boolean mayEmail, boolean mayLeaveMessage) {
    }

    public enum ConsentMethod { VERBAL, WRITTEN;
        public String code() {
            return Codes.of(this);
        }

        public static ConsentMethod fromCode(String code) {
            return Codes.parse(ConsentMethod.class, code);
        }
    }

    public record Consent(boolean given, Optional<LocalDate> on, Optional<ConsentMethod> method, String recordedBy) {
    }

    /** "What matters to you": interest codes from the shared list, plus the client's own words. */
    public record Strengths(Set<String> interestCodes, String interestsNote, String goals, String gifts) {
        public Strengths {
            interestCodes = Set.copyOf(interestCodes);
        }
    }

    public record Need(NeedDomain domain, boolean flagged, String note) {
    }

    public record Barrier(BarrierType type, boolean present, String supportProvided) {
    }

    /** Self-identified answers; a question missing from the map was not asked. */
    public record Equity(Map<EquityQuestion, String> answers) {
        public Equity {
            answers = answers.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(answers));
        }

        public static Equity none() {
            return new Equity(Map.of());
        }

        public Optional<String> answer(EquityQuestion question) {
            return Optional.ofNullable(answers.get(question));
        }
    }

    public record Closure(Optional<LocalDate> closedOn, String reason) {
        public static Closure open() {
            return new Closure(Optional.empty(), "");
        }
    }
}
