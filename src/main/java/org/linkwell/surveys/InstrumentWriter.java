package org.linkwell.surveys;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.linkwell.surveys.InstrumentDefinition.Band;
import org.linkwell.surveys.InstrumentDefinition.Item;
import org.linkwell.surveys.InstrumentDefinition.Measure;
import org.linkwell.surveys.InstrumentDefinition.Option;

/** Writes a definition back as a definition file (JSON), e.g. a Wheel of Life with the CHC's own domains. */
public final class InstrumentWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private InstrumentWriter() {
    }

    public static String write(InstrumentDefinition d) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("id", d.id());
        root.put("version", d.version());
        root.put("name", texts(d.name()));
        root.put("shortName", texts(d.shortName()));
        if (!d.instructions().isEmpty()) {
            root.put("instructions", texts(d.instructions()));
        }
        root.put("respondent", d.respondent().code());
        root.put("chart", d.chart().code());
        root.put("citation", d.citation());
        root.put("licence", d.licence().get("en").equals(d.licence().get("fr")) ? d.licence().get("en") : texts(d.licence()));
        List<Object> items = new ArrayList<>();
        for (Item item : d.items()) {
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("id", item.id());
            i.put("text", texts(item.text()));
            item.range().ifPresentOrElse(r -> {
                Map<String, Object> range = new LinkedHashMap<>();
                range.put("min", r.min());
                range.put("max", r.max());
                if (!r.minLabel().isEmpty()) {
                    range.put("minLabel", texts(r.minLabel()));
                }
                if (!r.maxLabel().isEmpty()) {
                    range.put("maxLabel", texts(r.maxLabel()));
                }
                i.put("range", range);
            }, () -> i.put("options", item.options().stream().map(InstrumentWriter::option).toList()));
            if (item.reverse()) {
                i.put("reverse", true);
            }
            items.add(i);
        }
        root.put("items", items);
        root.put("measures", d.measures().stream().map(InstrumentWriter::measure).toList());
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings and numbers always serialise", e);
        }
    }

    private static Map<String, Object> option(Option o) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("value", o.value());
        option.put("label", texts(o.label()));
        return option;
    }

    private static Map<String, Object> measure(Measure m) {
        Map<String, Object> measure = new LinkedHashMap<>();
        measure.put("id", m.id());
        measure.put("label", texts(m.label()));
        measure.put("items", m.items());
        measure.put("rule", m.rule().code());
        measure.put("maxMissing", m.maxMissing());
        measure.put("higherIsBetter", m.higherIsBetter());
        if (!m.bands().isEmpty()) {
            List<Object> bands = new ArrayList<>();
            for (Band b : m.bands()) {
                Map<String, Object> band = new LinkedHashMap<>();
                band.put("from", b.from());
                band.put("to", b.to());
                band.put("label", texts(b.label()));
                bands.add(band);
            }
            measure.put("bands", bands);
        }
        return measure;
    }

    private static Map<String, String> texts(Map<String, String> texts) {
        return new TreeMap<>(texts);
    }
}
