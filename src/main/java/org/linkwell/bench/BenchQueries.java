package org.linkwell.bench;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.linkwell.clients.Client;

/** A realistic mix of what reception and navigators type into the client search box. */
final class BenchQueries {
    enum Kind {
        PARTIAL_NAME("partial names"), ACCENT_FREE("accent-free names"), FAMILY_NAME("family names"),
        CHART_FRAGMENT("chart number fragments"), PHONE_FRAGMENT("phone digit fragments"),
        GIVEN_FAMILY("given + family names");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    record Query(Kind kind, String text) {
    }

    private final List<Client> samples;
    private final List<Client> accented;
    private final List<Client> withPhone;
    private final Random random;

    /** samples: clients spread over the benchmark database, to take query text from. */
    BenchQueries(List<Client> samples, long seed) {
        this.samples = List.copyOf(samples);
        this.accented = samples.stream().filter(c -> !stripAccents(fullName(c)).equals(fullName(c))).toList();
        this.withPhone = samples.stream().filter(c -> !c.contact().phone().isEmpty()).toList();
        this.random = new Random(seed);
    }

    /** {@code count} queries, the kinds taking turns. */
    List<Query> build(int count) {
        List<Query> queries = new ArrayList<>(count);
        Kind[] kinds = Kind.values();
        for (int i = 0; i < count; i++) {
            Kind kind = kinds[i % kinds.length];
            queries.add(new Query(kind, text(kind)));
        }
        return queries;
    }

    private String text(Kind kind) {
        Client client = pick(samples);
        Client.Identity id = client.identity();
        return switch (kind) {
            case PARTIAL_NAME -> {
                String name = random.nextBoolean() ? id.givenName() : id.familyName();
                yield name.substring(0, Math.min(name.length(), 2 + random.nextInt(4))).toLowerCase(Locale.ROOT);
            }
            case ACCENT_FREE -> stripAccents(accented.isEmpty() ? id.familyName() : pick(accented).identity().familyName())
                    .toLowerCase(Locale.ROOT);
            case FAMILY_NAME -> id.familyName();
            case CHART_FRAGMENT -> chartFragment(id.chartNumber());
            case PHONE_FRAGMENT -> phoneFragment(withPhone.isEmpty() ? "613-555-0100" : pick(withPhone).contact().phone());
            case GIVEN_FAMILY -> givenFamily(id);
        };
    }

    private String chartFragment(String chart) {
        String digits = chart.replaceAll("\\D", "");
        if (random.nextInt(4) == 0) {
            return chart;
        }
        return digits.substring(0, Math.min(digits.length(), 4 + random.nextInt(3)));
    }

    private String phoneFragment(String phone) {
        String digits = phone.replaceAll("\\D", "");
        return switch (random.nextInt(4)) {
            case 0 -> digits.substring(6);
            case 1 -> digits;
            case 2 -> phone;
            default -> phone.substring(4);
        };
    }

    private String givenFamily(Client.Identity id) {
        return switch (random.nextInt(3)) {
            case 0 -> id.givenName() + " " + id.familyName();
            case 1 -> stripAccents(id.givenName() + " " + id.familyName()).toLowerCase(Locale.ROOT);
            default -> id.givenName() + " " + id.familyName().substring(0, Math.min(3, id.familyName().length()));
        };
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static String fullName(Client client) {
        return client.identity().givenName() + " " + client.identity().familyName();
    }

    static String stripAccents(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
