package org.linkwell.printing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.linkwell.core.Messages;
import org.linkwell.printing.PrintDocument.Block;
import org.linkwell.printing.PrintDocument.Bullet;
import org.linkwell.printing.PrintDocument.Field;
import org.linkwell.printing.PrintDocument.Heading;
import org.linkwell.printing.PrintDocument.Paragraph;
import org.linkwell.printing.PrintDocument.Subheading;
import org.linkwell.surveys.InstrumentDefinition;
import org.linkwell.surveys.InstrumentDefinition.Item;
import org.linkwell.surveys.InstrumentDefinition.Option;

/**
 * A survey instrument on paper, for clients who answer on a printed form (or by phone from one): the
 * instructions, each question with a box per answer, and where it comes from. Entered later in Linkwell
 * with the response date of the paper form.
 */
final class BlankForm {
    private static final String BOX = "☐";

    private final Messages m;
    private final InstrumentDefinition instrument;
    private final String language;

    BlankForm(Messages messages, InstrumentDefinition instrument) {
        this.m = messages;
        this.instrument = instrument;
        this.language = messages.locale().getLanguage();
    }

    PrintDocument document() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Field(m.get("printing.form.name"), "_______________________________"));
        blocks.add(new Field(m.get("printing.form.date"), "____________________"));
        blocks.add(new Field(m.get("printing.form.timepoint"), BOX + " " + m.get("printing.form.baseline") + "     "
                + BOX + " " + m.get("printing.form.followUp")));
        text(instrument.instructions()).ifPresent(instructions -> {
            blocks.add(new Heading(m.get("printing.form.instructions")));
            blocks.add(new Paragraph(instructions));
        });
        blocks.add(new Heading(m.get("printing.form.questions")));
        List<Item> items = instrument.items();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            blocks.add(new Subheading((i + 1) + ". " + text(item.text()).orElse(item.id())));
            if (item.isChoice()) {
                item.options().forEach(option -> blocks.add(new Bullet(BOX + "  " + label(option))));
            } else {
                blocks.add(new Paragraph(range(item)));
            }
        }
        blocks.add(new Heading(m.get("printing.form.source")));
        blocks.add(new Paragraph(instrument.citation()));
        text(instrument.licence()).ifPresent(licence -> blocks.add(new Paragraph(licence)));
        String title = text(instrument.name()).orElse(instrument.id());
        return new PrintDocument(title, Optional.empty(), m.get("printing.page"), blocks);
    }

    private String label(Option option) {
        return text(option.label()).map(words -> words.equals(Integer.toString(option.value())) ? words
                : option.value() + " – " + words).orElse(Integer.toString(option.value()));
    }

    /** "0 ☐ 1 ☐ … 10 ☐" with the words for both ends, or a line to write a count on. */
    private String range(Item item) {
        InstrumentDefinition.Range range = item.range().orElseThrow();
        String ends = m.get("printing.form.ends", range.min(), text(range.minLabel()).orElse(""), range.max(),
                text(range.maxLabel()).orElse(""));
        if (range.max() - range.min() > 10) {
            return m.get("printing.form.number") + " ______    (" + ends + ")";
        }
        String boxes = IntStream.rangeClosed(range.min(), range.max()).mapToObj(value -> BOX + " " + value)
                .collect(Collectors.joining("   "));
        return boxes + "\n" + ends;
    }

    private Optional<String> text(java.util.Map<String, String> words) {
        return Optional.ofNullable(words.getOrDefault(language, words.get("en"))).filter(s -> !s.isBlank());
    }
}
