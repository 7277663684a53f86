package org.linkwell.surveys;

import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.linkwell.surveys.InstrumentDefinition.Band;
import org.linkwell.surveys.InstrumentDefinition.ChartKind;
import org.linkwell.surveys.InstrumentDefinition.Item;
import org.linkwell.surveys.InstrumentDefinition.Measure;
import org.linkwell.surveys.InstrumentDefinition.Option;
import org.linkwell.surveys.InstrumentDefinition.Range;
import org.linkwell.surveys.InstrumentDefinition.Respondent;
import org.linkwell.surveys.InstrumentDefinition.Rule;

/**
 * Reads an instrument definition file (JSON, the format the README describes) and checks it whole: a file
 * with any problem is refused with the line and what is wrong, so nothing half-read is ever used.
 */
public final class InstrumentParser {
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Set<String> ROOT = Set.of("format", "id", "version", "name", "shortName", "instructions",
            "respondent", "chart", "citation", "licence", "optionSets", "items", "measures");
    private static final Set<String> ITEM = Set.of("id", "text", "options", "range", "reverse");
    private static final Set<String> OPTION = Set.of("value", "label");
    private static final Set<String> RANGE = Set.of("min", "max", "minLabel", "maxLabel");
    private static final Set<String> MEASURE = Set.of("id", "label", "items", "rule", "maxMissing", "higherIsBetter",
            "bands");
    private static final Set<String> BAND = Set.of("from", "to", "label");
    private static final String ROOT_WHERE = "instrument";

    private InstrumentParser() {
    }

    public static InstrumentDefinition parse(String json) {
        return parse(new StringReader(json));
    }

    public static InstrumentDefinition parse(Reader reader) {
        JsonFields root = new JsonFields(JsonTree.read(reader), ROOT_WHERE, ROOT);
        String id = id(root, "id");
        int version = root.integer("version");
        if (version < 1) {
            throw new InstrumentDefinitionException(root.required("version").line(), "instrument.error.version");
        }
        Map<String, String> name = root.texts("name");
        Map<String, List<Option>> optionSets = optionSets(root);
        List<Item> items = items(root, optionSets);
        List<Measure> measures = measures(root, items);
        return new InstrumentDefinition(id, version, name, root.texts("shortName", name),
                root.texts("instructions", Map.of()), choice(root, "respondent", Respondent.class, Respondent.CLIENT),
                choice(root, "chart", ChartKind.class, ChartKind.LINE), root.string("citation"),
                root.textOrTexts("licence"), items, measures);
    }

    private static String id(JsonFields fields, String field) {
        String id = fields.string(field);
        if (!ID.matcher(id).matches()) {
            throw new InstrumentDefinitionException(fields.required(field).line(), "instrument.error.id", field,
                    fields.where(), id);
        }
        return id;
    }

    private static <E extends Enum<E>> E choice(JsonFields fields, String field, Class<E> type, E absent) {
        if (!fields.has(field)) {
            return absent;
        }
        String code = fields.string(field);
        for (E value : type.getEnumConstants()) {
            if (value.name().equalsIgnoreCase(code)) {
                return value;
            }
        }
        List<String> allowed = java.util.Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(java.util.Locale.ROOT)).toList();
        throw new InstrumentDefinitionException(fields.required(field).line(), "instrument.error.choice", field,
                fields.where(), code, String.join(", ", allowed));
    }

    private static Map<String, List<Option>> optionSets(JsonFields root) {
        Map<String, List<Option>> sets = new HashMap<>();
        root.optional("optionSets").ifPresent(node -> {
            if (!node.isObject()) {
                throw new InstrumentDefinitionException(node.line(), "instrument.error.notObject", "optionSets");
            }
            for (Map.Entry<String, JsonTree.Node> set : node.fields().entrySet()) {
                sets.put(set.getKey(), options(set.getValue(), "optionSets." + set.getKey()));
            }
        });
        return sets;
    }

    private static List<Option> options(JsonTree.Node node, String where) {
        if (!(node.value() instanceof List<?>) || node.elements().size() < 2) {
            throw new InstrumentDefinitionException(node.line(), "instrument.error.options", where);
        }
        List<Option> options = new ArrayList<>();
        Set<Integer> values = new HashSet<>();
        int n = 0;
        for (JsonTree.Node element : node.elements()) {
            JsonFields option = new JsonFields(element, where + "[" + ++n + "]", OPTION);
            int value = option.integer("value");
            if (!values.add(value)) {
                throw new InstrumentDefinitionException(option.required("value").line(), "instrument.error.sameValue",
                        value, where);
            }
            options.add(new Option(value, option.texts("label")));
        }
        return options;
    }

    private static List<Item> items(JsonFields root, Map<String, List<Option>> optionSets) {
        List<Item> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int n = 0;
        for (JsonTree.Node node : root.array("items", false)) {
            JsonFields item = new JsonFields(node, "items[" + ++n + "]", ITEM);
            String id = id(item, "id");
            if (!ids.add(id)) {
                throw new InstrumentDefinitionException(item.required("id").line(), "instrument.error.duplicateId", id);
            }
            Map<String, String> text = item.texts("text");
            Optional<Range> range = item.optional("range").map(r -> range(r, item.where() + ".range"));
            List<Option> options = List.of();
            if (item.has("options") == range.isPresent()) {
                throw new InstrumentDefinitionException(item.line(), "instrument.error.optionsOrRange", item.where());
            }
            if (item.has("options")) {
                JsonTree.Node given = item.required("options");
                if (given.value() instanceof String setName) {
                    options = Optional.ofNullable(optionSets.get(setName)).orElseThrow(() ->
                            new InstrumentDefinitionException(given.line(), "instrument.error.noSuchSet", setName));
                } else {
                    options = options(given, item.where() + ".options");
                }
            }
            items.add(new Item(id, text, options, range, item.bool("reverse", Optional.of(false))));
        }
        return items;
    }

    private static Range range(JsonTree.Node node, String where) {
        JsonFields range = new JsonFields(node, where, RANGE);
        int min = range.integer("min");
        int max = range.integer("max");
        if (max <= min) {
            throw new InstrumentDefinitionException(range.required("max").line(), "instrument.error.range", where);
        }
        return new Range(min, max, range.texts("minLabel", Map.of()), range.texts("maxLabel", Map.of()));
    }

    private static List<Measure> measures(JsonFields root, List<Item> items) {
        Map<String, Item> byId = new HashMap<>();
        items.forEach(item -> byId.put(item.id(), item));
        List<Measure> measures = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int n = 0;
        for (JsonTree.Node node : root.array("measures", false)) {
            JsonFields measure = new JsonFields(node, "measures[" + ++n + "]", MEASURE);
            String id = id(measure, "id");
            if (!ids.add(id)) {
                throw new InstrumentDefinitionException(measure.required("id").line(), "instrument.error.duplicateId", id);
            }
            List<String> itemIds = new ArrayList<>();
            for (JsonTree.Node itemId : measure.array("items", false)) {
                if (!(itemId.value() instanceof String ref) || !byId.containsKey(ref)) {
                    throw new InstrumentDefinitionException(itemId.line(), "instrument.error.noSuchItem",
                            String.valueOf(itemId.value()), measure.where());
                }
                if (itemIds.contains(ref)) {
                    throw new InstrumentDefinitionException(itemId.line(), "instrument.error.duplicateId", ref);
                }
                itemIds.add(ref);
            }
            Rule rule = choice(measure, "rule", Rule.class, null);
            if (rule == null) {
                measure.required("rule");
            }
            if (rule == Rule.ITEM && itemIds.size() != 1) {
                throw new InstrumentDefinitionException(measure.required("items").line(), "instrument.error.itemRule",
                        measure.where());
            }
            int maxMissing = measure.integer("maxMissing", 0);
            if (maxMissing < 0 || maxMissing >= itemIds.size()) {
                throw new InstrumentDefinitionException(measure.required("maxMissing").line(),
                        "instrument.error.maxMissing", measure.where(), itemIds.size() - 1);
            }
            measures.add(new Measure(id, measure.texts("label"), itemIds, rule, maxMissing,
                    measure.bool("higherIsBetter", Optional.empty()), bands(measure)));
        }
        return measures;
    }

    private static List<Band> bands(JsonFields measure) {
        if (!measure.has("bands")) {
            return List.of();
        }
        List<Band> bands = new ArrayList<>();
        int n = 0;
        for (JsonTree.Node node : measure.array("bands", true)) {
            JsonFields band = new JsonFields(node, measure.where() + ".bands[" + ++n + "]", BAND);
            double from = band.number("from");
            double to = band.number("to");
            if (to < from) {
                throw new InstrumentDefinitionException(band.required("to").line(), "instrument.error.bandOrder",
                        band.where());
            }
            if (!bands.isEmpty() && from <= bands.get(bands.size() - 1).to()) {
                throw new InstrumentDefinitionException(band.required("from").line(), "instrument.error.bandOverlap",
                        band.where());
            }
            bands.add(new Band(from, to, band.texts("label")));
        }
        return bands;
    }
}
