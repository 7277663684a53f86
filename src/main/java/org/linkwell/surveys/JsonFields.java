package org.linkwell.surveys;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the fields of one JSON object of a definition file; every refusal names the line and the field. */
final class JsonFields {
    private final JsonTree.Node node;
    private final String where;

    /** where: what this object is, for messages (e.g. "item 3"); known: the field names it may have. */
    JsonFields(JsonTree.Node node, String where, Set<String> known) {
        if (!node.isObject()) {
            throw new InstrumentDefinitionException(node.line(), "instrument.error.notObject", where);
        }
        this.node = node;
        this.where = where;
        for (Map.Entry<String, JsonTree.Node> field : node.fields().entrySet()) {
            if (!known.contains(field.getKey())) {
                throw new InstrumentDefinitionException(field.getValue().line(), "instrument.error.unknownField",
                        field.getKey(), where);
            }
        }
    }

    int line() {
        return node.line();
    }

    String where() {
        return where;
    }

    boolean has(String field) {
        JsonTree.Node value = node.fields().get(field);
        return value != null && value.value() != null;
    }

    JsonTree.Node required(String field) {
        JsonTree.Node value = node.fields().get(field);
        if (value == null || value.value() == null) {
            throw new InstrumentDefinitionException(node.line(), "instrument.error.missing", field, where);
        }
        return value;
    }

    Optional<JsonTree.Node> optional(String field) {
        return Optional.ofNullable(node.fields().get(field)).filter(v -> v.value() != null);
    }

    String string(String field) {
        JsonTree.Node value = required(field);
        if (!(value.value() instanceof String text) || text.isBlank()) {
            throw new InstrumentDefinitionException(value.line(), "instrument.error.text", field, where);
        }
        return text.strip();
    }

    String string(String field, String absent) {
        return has(field) ? string(field) : absent;
    }

    int integer(String field) {
        return integer(required(field), field);
    }

    int integer(String field, int absent) {
        return has(field) ? integer(field) : absent;
    }

    int integer(JsonTree.Node value, String field) {
        if (!(value.value() instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue())
                || Math.abs(number.doubleValue()) > 1_000_000) {
            throw new InstrumentDefinitionException(value.line(), "instrument.error.integer", field, where);
        }
        return number.intValue();
    }

    double number(String field) {
        JsonTree.Node value = required(field);
        if (!(value.value() instanceof Number number)) {
            throw new InstrumentDefinitionException(value.line(), "instrument.error.number", field, where);
        }
        return number.doubleValue();
    }

    boolean bool(String field, Optional<Boolean> absent) {
        if (!has(field)) {
            return absent.orElseThrow(() -> new InstrumentDefinitionException(node.line(), "instrument.error.missing",
                    field, where));
        }
        JsonTree.Node value = required(field);
        if (!(value.value() instanceof Boolean flag)) {
            throw new InstrumentDefinitionException(value.line(), "instrument.error.boolean", field, where);
        }
        return flag;
    }

    List<JsonTree.Node> array(String field, boolean mayBeEmpty) {
        JsonTree.Node value = required(field);
        if (!(value.value() instanceof List<?>)) {
            throw new InstrumentDefinitionException(value.line(), "instrument.error.array", field, where);
        }
        if (!mayBeEmpty && value.elements().isEmpty()) {
            throw new InstrumentDefinitionException(value.line(), "instrument.error.emptyArray", field, where);
        }
        return value.elements();
    }

    /** A text in both languages: {"en": "...", "fr": "..."}. */
    Map<String, String> texts(String field) {
        return texts(required(field), field);
    }

    Map<String, String> texts(String field, Map<String, String> absent) {
        return has(field) ? texts(field) : absent;
    }

    /** One text for both languages ("..."), or one per language ({"en": "...", "fr": "..."}). */
    Map<String, String> textOrTexts(String field) {
        if (required(field).value() instanceof String) {
            String text = string(field);
            return Map.of("en", text, "fr", text);
        }
        return texts(field);
    }

    Map<String, String> texts(JsonTree.Node value, String field) {
        JsonFields texts = new JsonFields(value, where + "." + field, Set.of("en", "fr"));
        return Map.of("en", texts.string("en"), "fr", texts.string("fr"));
    }
}
