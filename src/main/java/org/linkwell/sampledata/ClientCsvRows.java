package org.linkwell.sampledata;

import static org.linkwell.sampledata.Column.*;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.linkwell.clients.BarrierType;
import org.linkwell.clients.Client;
import org.linkwell.clients.EquityQuestion;
import org.linkwell.clients.Language;
import org.linkwell.clients.NeedDomain;

/** Turns one row of clients.csv into a client, the reverse of {@link ClientCsvWriter#row}. */
final class ClientCsvRows {
    private static final String LANGUAGES = "en, fr, other";
    private static final String CONSENT_METHODS = "verbal, written";
    private static final String DOMAINS = known(NeedDomain.values(), NeedDomain::code);
    private static final String BARRIER_TYPES = known(BarrierType.values(), BarrierType::code);

    private ClientCsvRows() {
    }

    static Client toClient(CsvRow row, Set<String> interestCodes) {
        String chart = row.text(CHART_NUMBER);
        if (chart.isEmpty()) {
            throw row.fail(CHART_NUMBER, "is required: it is how loading twice recognises a client");
        }
        String language = row.text(PREFERRED_LANGUAGE);
        Client.Identity identity = new Client.Identity(chart, row.text(GIVEN_NAME), row.text(FAMILY_NAME),
                row.text(PREFERRED_NAME), row.text(PRONOUNS), row.date(DATE_OF_BIRTH), row.text(GENDER),
                language.isEmpty() ? Language.ENGLISH : row.code(PREFERRED_LANGUAGE, language, Language::fromCode, LANGUAGES),
                row.text(PREFERRED_LANGUAGE_OTHER));
        String province = row.text(PROVINCE);
        Client.Contact contact = new Client.Contact(row.text(PHONE), row.text(EMAIL), row.text(STREET), row.text(CITY),
                province.isEmpty() ? "ON" : province, row.text(POSTAL_CODE), row.yesNo(MAY_PHONE), row.yesNo(MAY_TEXT),
                row.yesNo(MAY_EMAIL), row.yesNo(MAY_LEAVE_MESSAGE));
        String method = row.text(CONSENT_METHOD);
        Client.Consent consent = new Client.Consent(row.yesNo(CONSENT_GIVEN), row.date(CONSENT_ON),
                method.isEmpty() ? Optional.empty()
                        : Optional.of(row.code(CONSENT_METHOD, method, Client.ConsentMethod::fromCode, CONSENT_METHODS)),
                row.text(CONSENT_RECORDED_BY));
        Client.Strengths strengths = new Client.Strengths(interests(row, interestCodes), row.text(INTERESTS_NOTE),
                row.text(GOALS), row.text(GIFTS));
        return new Client(0, 0, identity, contact, consent, strengths, needs(row), barriers(row), equity(row),
                closure(row));
    }

    private static Set<String> interests(CsvRow row, Set<String> known) {
        List<String> codes = CsvLists.splitCodes(row.text(INTERESTS));
        for (String code : codes) {
            if (!known.contains(code)) {
                throw row.fail(INTERESTS, "unknown interest code \"" + code + "\" (known: "
                        + String.join(", ", new TreeSet<>(known)) + ")");
            }
        }
        return Set.copyOf(codes);
    }

    private static List<Client.Need> needs(CsvRow row) {
        List<CsvLists.Entry> entries = unique(row, NEEDS, CsvLists.splitEntries(row.text(NEEDS)));
        return entries.stream().map(entry -> new Client.Need(
                row.code(NEEDS, entry.code(), NeedDomain::fromCode, DOMAINS), true, entry.note())).toList();
    }

    private static List<Client.Barrier> barriers(CsvRow row) {
        List<CsvLists.Entry> entries = unique(row, BARRIERS, CsvLists.splitEntries(row.text(BARRIERS)));
        return entries.stream().map(entry -> new Client.Barrier(
                row.code(BARRIERS, entry.code(), BarrierType::fromCode, BARRIER_TYPES), true, entry.note())).toList();
    }

    private static List<CsvLists.Entry> unique(CsvRow row, Column column, List<CsvLists.Entry> entries) {
        Set<String> seen = new HashSet<>();
        for (CsvLists.Entry entry : entries) {
            if (!seen.add(entry.code())) {
                throw row.fail(column, "lists \"" + entry.code() + "\" twice");
            }
        }
        return entries;
    }

    private static Client.Equity equity(CsvRow row) {
        Map<EquityQuestion, String> answers = new EnumMap<>(EquityQuestion.class);
        for (EquityQuestion question : EquityQuestion.values()) {
            Column column = Column.of(question);
            String answer = row.text(column);
            if (answer.isEmpty()) {
                continue;
            }
            if (!question.answers().contains(answer)) {
                throw row.fail(column, "unknown answer \"" + answer + "\" (known: "
                        + String.join(", ", question.answers()) + ")");
            }
            answers.put(question, answer);
        }
        return new Client.Equity(answers);
    }

    private static Client.Closure closure(CsvRow row) {
        Optional<LocalDate> on = row.date(CLOSED_ON);
        String reason = row.text(CLOSE_REASON);
        if (on.isPresent() && reason.isEmpty()) {
            throw row.fail(CLOSE_REASON, "is required when closed_on is given");
        }
        if (on.isEmpty() && !reason.isEmpty()) {
            throw row.fail(CLOSED_ON, "is required when close_reason is given");
        }
        return new Client.Closure(on, reason);
    }

    private static <E> String known(E[] values, Function<E, String> code) {
        return Arrays.stream(values).map(code).collect(Collectors.joining(", "));
    }
}
