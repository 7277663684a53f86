package org.linkwell.surveys;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.linkwell.surveys.InstrumentDefinition.Item;
import org.linkwell.surveys.InstrumentDefinition.Measure;

/**
 * A Wheel of Life with other life domains (e.g. a program's Afrocentric wheel): the same 0–10 question per
 * domain, a mean over the domains and a measure per domain, as a new version of the instrument.
 */
public final class WheelDomains {
    private WheelDomains() {
    }

    /** A domain's name in English and French. */
    public record Domain(String english, String french) {
    }

    public static List<Domain> of(InstrumentDefinition wheel) {
        return wheel.items().stream().map(i -> new Domain(i.text().get("en"), i.text().get("fr"))).toList();
    }

    /** base: the wheel to start from (its scale, instructions and citation are kept). */
    public static InstrumentDefinition withDomains(InstrumentDefinition base, int version, List<Domain> domains) {
        if (domains.size() < 3) {
            throw new InstrumentDefinitionException(0, "instrument.error.wheelDomains");
        }
        Item template = base.items().get(0);
        List<Item> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Domain domain : domains) {
            if (domain.english().isBlank() || domain.french().isBlank()) {
                throw new InstrumentDefinitionException(0, "instrument.error.wheelNames");
            }
            String id = slug(domain.english(), items.size() + 1);
            while (!ids.add(id)) {
                id = id + "-" + (items.size() + 1);
            }
            items.add(new Item(id, Map.of("en", domain.english().strip(), "fr", domain.french().strip()),
                    template.options(), template.range(), false));
        }
        Measure overall = base.measures().get(0);
        List<Measure> measures = new ArrayList<>();
        measures.add(new Measure(overall.id(), overall.label(), items.stream().map(Item::id).toList(), overall.rule(),
                Math.min(overall.maxMissing(), items.size() - 1), overall.higherIsBetter(), overall.bands()));
        for (Item item : items) {
            Optional<Measure> before = base.measure(item.id());
            String en = item.text().get("en") + " (" + base.shortName().get("en") + ")";
            String fr = item.text().get("fr") + " (" + base.shortName().get("fr") + ")";
            measures.add(new Measure(item.id(), before.map(Measure::label).orElse(Map.of("en", en, "fr", fr)),
                    List.of(item.id()), InstrumentDefinition.Rule.ITEM, 0, true, List.of()));
        }
        return new InstrumentDefinition(base.id(), version, base.name(), base.shortName(), base.instructions(),
                base.respondent(), base.chart(), base.citation(), base.licence(), items, measures);
    }

    static String slug(String text, int position) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (plain.length() > 30) {
            plain = plain.substring(0, 30).replaceAll("-+$", "");
        }
        return plain.isEmpty() || !InstrumentParser.ID.matcher(plain).matches() ? "domain-" + position : plain;
    }
}
