package org.linkwell.sampledata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.linkwell.clients.Client;
import org.linkwell.clients.ClientRules;
import org.linkwell.clients.Language;
import org.linkwell.testing.TestDatabases;

class SampleDataGeneratorTest {
    private static final LocalDate TODAY = LocalDate.now(TestDatabases.CLOCK);

    @Test
    void generate_sameSeedGivesSameBytes_otherSeedOtherBytes() throws IOException {
        byte[] first = csv(new SampleDataGenerator(7, TODAY), 400);
        byte[] again = csv(new SampleDataGenerator(7, TODAY), 400);
        byte[] other = csv(new SampleDataGenerator(8, TODAY), 400);

        assertArrayEquals(first, again);
        assertFalse(Arrays.equals(first, other));
    }

    @Test
    void client_dependsOnlyOnSeedAndNumber() {
        SampleDataGenerator generator = new SampleDataGenerator(7, TODAY);

        assertEquals(generator.clients(600).skip(499).findFirst().orElseThrow(), generator.client(500));
        assertEquals("CHC-000500", generator.client(500).identity().chartNumber());
    }

    @Test
    void generate_isPlausibleForABilingualOntarioTown() {
        List<Client> clients = new SampleDataGenerator(2026, TODAY).clients(3000).toList();

        Set<String> charts = new HashSet<>();
        for (Client client : clients) {
            int age = Period.between(client.identity().dateOfBirth().orElseThrow(), TODAY).getYears();
            assertTrue(age >= 18 && age <= 95, "age " + age);
            String postal = client.contact().postalCode();
            assertEquals(postal, ClientRules.postalCode(postal).orElseThrow(), postal);
            assertTrue(client.contact().phone().isEmpty()
                    || client.contact().phone().matches("(613|343|705)-555-01\\d\\d"), client.contact().phone());
            assertTrue(charts.add(client.identity().chartNumber()));
            assertEquals(client, ClientRules.check(client, TODAY), "already normalised and valid");
            assertFalse(client.consent().on().filter(on -> on.isAfter(TODAY)).isPresent());
            assertTrue(!client.strengths().interestCodes().isEmpty() && client.strengths().interestCodes().size() <= 4);
            assertTrue(StoryMaker.INTERESTS.containsAll(client.strengths().interestCodes()));
            assertFalse(client.strengths().goals().isBlank());
        }
        assertShare(clients, c -> c.identity().language() == Language.FRENCH, 0.28, 0.42);
        assertShare(clients, c -> (c.identity().givenName() + c.identity().familyName()).matches(".*[éèêëàâîïôçÉ].*"),
                0.12, 0.40);
        assertShare(clients, c -> c.identity().language() == Language.OTHER, 0.03, 0.12);
        assertShare(clients, c -> !c.equity().answers().isEmpty(), 0.55, 0.65);
        assertShare(clients, Client::isClosed, 0.05, 0.11);
        assertShare(clients, c -> c.consent().given(), 0.85, 0.95);
        assertShare(clients, c -> Period.between(c.identity().dateOfBirth().orElseThrow(), TODAY).getYears() >= 55,
                0.5, 0.8);
    }

    @Test
    void bundledCsv_isWhatTheGeneratorMakes() throws IOException {
        byte[] bundled;
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream(SampleDataService.BUNDLED_FOLDER + SampleDataService.CLIENTS_FILE)) {
            bundled = in.readAllBytes();
        }

        // If this fails after a change to the generator, regenerate with the command in sample-data/README.md.
        assertArrayEquals(csv(new SampleDataGenerator(SampleDataGenerator.DEFAULT_SEED, LocalDate.of(2026, 11, 1)),
                1100), bundled);
    }

    private static byte[] csv(SampleDataGenerator generator, int count) throws IOException {
        StringWriter out = new StringWriter();
        ClientCsvWriter.write(generator.clients(count), out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void assertShare(List<Client> clients, java.util.function.Predicate<Client> test, double low,
                                    double high) {
        double share = clients.stream().filter(test).count() / (double) clients.size();
        assertTrue(share >= low && share <= high, "share " + share + " not in [" + low + ", " + high + "]");
    }
}
