package org.linkwell.sampledata;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.linkwell.clients.BarrierType;
import org.linkwell.clients.Client;
import org.linkwell.clients.EquityQuestion;
import org.linkwell.clients.Language;
import org.linkwell.clients.NeedDomain;

/** What the journey generator reads off one client: language, age, needs, barriers, a closed file. */
final class ClientFacts {
    /** Why a file was closed, read from the close reason clients.csv gives (English or French). */
    enum Closing { GOALS_MET, MOVED, DECLINED, NO_CONTACT }

    /** Catalog language codes for the other languages clients.csv names. */
    private static final Map<String, String> LANGUAGE_CODES = Map.of("Arabic", "ar", "Punjabi", "pa", "Tagalog", "tl",
            "Somali", "so", "Spanish", "es");

    final Client client;
    final int number;
    final Language language;
    final int age;
    final Set<NeedDomain> needs = EnumSet.noneOf(NeedDomain.class);
    final Set<BarrierType> barriers = EnumSet.noneOf(BarrierType.class);

    ClientFacts(Client client, int number, LocalDate asOf) {
        this.client = client;
        this.number = number;
        this.language = client.identity().language();
        this.age = client.identity().dateOfBirth().map(dob -> Period.between(dob, asOf).getYears()).orElse(60);
        client.needs().stream().filter(Client.Need::flagged).forEach(need -> needs.add(need.domain()));
        client.barriers().stream().filter(Client.Barrier::present).forEach(barrier -> barriers.add(barrier.type()));
    }

    String chartNumber() {
        return client.identity().chartNumber();
    }

    boolean french() {
        return language == Language.FRENCH;
    }

    /** The catalog's code for the client's language: en, fr, or e.g. ar for Arabic ("" if the catalog has none). */
    String languageCode() {
        return switch (language) {
            case ENGLISH -> "en";
            case FRENCH -> "fr";
            case OTHER -> LANGUAGE_CODES.getOrDefault(client.identity().languageOther(), "");
        };
    }

    boolean has(NeedDomain need) {
        return needs.contains(need);
    }

    boolean has(BarrierType barrier) {
        return barriers.contains(barrier);
    }

    /** The support note clients.csv gives for a barrier ("" if none). */
    String supportFor(BarrierType type) {
        return client.barriers().stream().filter(b -> b.type() == type).map(Client.Barrier::supportProvided)
                .findFirst().orElse("");
    }

    boolean needNoteMentions(String... words) {
        return client.needs().stream().map(need -> need.note().toLowerCase(Locale.ROOT))
                .anyMatch(note -> Arrays.stream(words).anyMatch(note::contains));
    }

    boolean answered(EquityQuestion question, String... answers) {
        String answer = client.equity().answers().get(question);
        return answer != null && Arrays.asList(answers).contains(answer);
    }

    boolean newcomer() {
        return answered(EquityQuestion.NEWCOMER, "yes");
    }

    boolean consented() {
        return client.consent().given();
    }

    String gender() {
        return client.identity().gender();
    }

    Optional<LocalDate> closedOn() {
        return client.closure().closedOn();
    }

    String closeReason() {
        return client.closure().reason();
    }

    Closing closing() {
        String reason = closeReason().toLowerCase(Locale.ROOT);
        if (reason.contains("goals") || reason.contains("objectifs")) {
            return Closing.GOALS_MET;
        }
        if (reason.contains("declined") || reason.contains("souhaite")) {
            return Closing.DECLINED;
        }
        if (reason.contains("contact")) {
            return Closing.NO_CONTACT;
        }
        return Closing.MOVED;
    }

    boolean interestedIn(String... codes) {
        return Arrays.stream(codes).anyMatch(client.strengths().interestCodes()::contains);
    }
}
