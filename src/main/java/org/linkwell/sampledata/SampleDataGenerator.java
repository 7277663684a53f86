package org.linkwell.sampledata;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.linkwell.clients.Client;

/**
 * Makes a synthetic Community Health Centre: clients who never existed, with names, ages,
 * languages and circumstances in plausible proportions for a bilingual eastern Ontario town.
 * Client n depends only on the seed, n and the as-of day, so the same inputs give the same data.
 */
public final class SampleDataGenerator {
    public static final long DEFAULT_SEED = 2026;
    public static final String CHART_PREFIX = "CHC-";

    private final long seed;
    private final LocalDate asOf;

    /** asOf: the day ages are counted on; consent and closing dates fall on or before it. */
    public SampleDataGenerator(long seed, LocalDate asOf) {
        this.seed = seed;
        this.asOf = asOf;
    }

    /** Clients 1 to {@code count}, in order. */
    public Stream<Client> clients(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(this::client);
    }

    public Client client(int number) {
        Pick pick = Pick.forClient(seed, number);
        Culture culture = Culture.pick(pick);
        Client.Identity identity = IdentityMaker.make(pick, culture, chartNumber(number), asOf);
        Client.Contact contact = ContactMaker.make(pick, identity, asOf);
        int age = Period.between(identity.dateOfBirth().orElseThrow(), asOf).getYears();
        Client.Consent consent = RecordMaker.consent(pick, asOf);
        Client.Strengths strengths = StoryMaker.strengths(pick, identity);
        List<Client.Need> needs = StoryMaker.needs(pick, identity.language());
        List<Client.Barrier> barriers = StoryMaker.barriers(pick, identity.language(), age,
                "Cornwall".equals(contact.city()));
        Client.Equity equity = RecordMaker.equity(pick, culture, identity.language());
        Client.Closure closure = RecordMaker.closure(pick, consent, identity.language(), asOf);
        return new Client(0, 0, identity, contact, consent, strengths, needs, barriers, equity, closure);
    }

    public static String chartNumber(int number) {
        return CHART_PREFIX + String.format(Locale.ROOT, "%06d", number);
    }
}
