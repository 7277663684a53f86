package org.linkwell.surveys;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A survey instrument as data: its items with their response options, the measures scored from them,
 * the rules for reverse items and missing answers, score bands, and where it comes from. Every text is
 * given in English ("en") and French ("fr"). Read from a definition file by {@link InstrumentParser};
 * the same shape serves the response form, scoring, charts and printable forms.
 */
public record InstrumentDefinition(String id, int version, Map<String, String> name, Map<String, String> shortName,
                                   Map<String, String> instructions, Respondent respondent, ChartKind chart,
                                   String citation, Map<String, String> licence, List<Item> items, List<Measure> measures) {

    public InstrumentDefinition {
        name = Map.copyOf(name);
        shortName = Map.copyOf(shortName);
        instructions = Map.copyOf(instructions);
        licence = Map.copyOf(licence);
        items = List.copyOf(items);
        measures = List.copyOf(measures);
    }

    /** Who answers: the client, staff from the record (e.g. the EMR), or the prescriber. */
    public enum Respondent { CLIENT, STAFF, PRESCRIBER;
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How scores are drawn over time: a line per measure, or a radar of all item measures (Wheel of Life). */
    public enum ChartKind { LINE, RADAR;
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** sum or mean of the measure's items (after reversing), or one item reported on its own. */
    public enum Rule { SUM, MEAN, ITEM;
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One response option: the value stored and scored, and its label. */
    public record Option(int value, Map<String, String> label) {
        public Option {
            label = Map.copyOf(label);
        }
    }

    /** A numeric answer from min to max (e.g. 0–10, or a count of visits), with words for the two ends. */
    public record Range(int min, int max, Map<String, String> minLabel, Map<String, String> maxLabel) {
        public Range {
            minLabel = Map.copyOf(minLabel);
            maxLabel = Map.copyOf(maxLabel);
        }
    }

    /** A question: answered by choosing one of {@code options}, or by a number within {@code range}. */
    public record Item(String id, Map<String, String> text, List<Option> options, Optional<Range> range,
                       boolean reverse) {
        public Item {
            text = Map.copyOf(text);
            options = List.copyOf(options);
        }

        public boolean isChoice() {
            return range.isEmpty();
        }

        public int minValue() {
            return range.map(Range::min).orElseGet(() -> options.stream().mapToInt(Option::value).min().orElse(0));
        }

        public int maxValue() {
            return range.map(Range::max).orElseGet(() -> options.stream().mapToInt(Option::value).max().orElse(0));
        }

        public boolean accepts(int value) {
            return range.map(r -> value >= r.min() && value <= r.max())
                    .orElseGet(() -> options.stream().anyMatch(o -> o.value() == value));
        }

        public Optional<Option> option(int value) {
            return options.stream().filter(o -> o.value() == value).findFirst();
        }
    }

    /** A score band: scores from {@code from} up to the next band's start (inclusive {@code to} for the last). */
    public record Band(double from, double to, Map<String, String> label) {
        public Band {
            label = Map.copyOf(label);
        }
    }

    /**
     * A reported measure. maxMissing: how many of its items may be unanswered and still give a score (a sum is
     * then prorated: the mean of the answered items times the number of items); more missing gives no score.
     */
    public record Measure(String id, Map<String, String> label, List<String> items, Rule rule, int maxMissing,
                          boolean higherIsBetter, List<Band> bands) {
        public Measure {
            label = Map.copyOf(label);
            items = List.copyOf(items);
            bands = List.copyOf(bands);
        }

        /** The band of a score: the last band starting at or below it (bands are ascending; a prorated or mean
         *  score between two bands belongs to the lower one); none outside the bands' whole span. */
        public Optional<Band> band(double score) {
            if (bands.isEmpty() || score < bands.get(0).from() || score > bands.get(bands.size() - 1).to()) {
                return Optional.empty();
            }
            Band found = null;
            for (Band band : bands) {
                if (score >= band.from()) {
                    found = band;
                }
            }
            return Optional.ofNullable(found);
        }
    }

    public Optional<Item> item(String itemId) {
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
    }

    public Optional<Measure> measure(String measureId) {
        return measures.stream().filter(m -> m.id().equals(measureId)).findFirst();
    }

    /** The text in the language of {@code locale} ("en" or "fr"), falling back to English. */
    public static String text(Map<String, String> texts, Locale locale) {
        String wanted = texts.get(locale.getLanguage());
        return wanted != null ? wanted : texts.getOrDefault("en", "");
    }

    /** "UCLA-3 loneliness scale (version 2)"-style key for lists: id and version. */
    public String key() {
        return id + "@" + version;
    }
}
