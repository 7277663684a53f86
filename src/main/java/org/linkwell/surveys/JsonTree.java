package org.linkwell.surveys;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON document read with Jackson's streaming parser into nodes that remember their line, so that a
 * problem found after parsing (an unknown option set, overlapping bands) can still name the line.
 */
final class JsonTree {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonTree() {
    }

    /** value: a LinkedHashMap&lt;String, Node&gt;, a List&lt;Node&gt;, a String, a Number, a Boolean, or null. */
    record Node(int line, Object value) {
        boolean isObject() {
            return value instanceof Map;
        }

        @SuppressWarnings("unchecked")
        Map<String, Node> fields() {
            return (Map<String, Node>) value;
        }

        @SuppressWarnings("unchecked")
        List<Node> elements() {
            return (List<Node>) value;
        }
    }

    static Node read(Reader reader) {
        try (JsonParser parser = FACTORY.createParser(reader)) {
            parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new InstrumentDefinitionException(1, "instrument.error.empty");
            }
            Node root = node(parser);
            if (parser.nextToken() != null) {
                throw new InstrumentDefinitionException(line(parser), "instrument.error.trailing");
            }
            return root;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            String detail = e.getOriginalMessage();
            if (detail != null && detail.startsWith("Duplicate field")) {
                throw new InstrumentDefinitionException(line, "instrument.error.duplicateField",
                        detail.replaceAll("(?s).*'([^']*)'.*", "$1"));
            }
            throw new InstrumentDefinitionException(line, "instrument.error.syntax");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Node node(JsonParser parser) throws IOException {
        int line = line(parser);
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Node> fields = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    fields.put(name, node(parser));
                }
                return new Node(line, fields);
            }
            case START_ARRAY -> {
                List<Node> elements = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    elements.add(node(parser));
                }
                return new Node(line, elements);
            }
            case VALUE_STRING -> {
                return new Node(line, parser.getText());
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new Node(line, parser.getNumberValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Node(line, parser.getBooleanValue());
            }
            default -> {
                return new Node(line, null);
            }
        }
    }

    private static int line(JsonParser parser) {
        return Math.max(1, parser.currentTokenLocation().getLineNr());
    }
}
