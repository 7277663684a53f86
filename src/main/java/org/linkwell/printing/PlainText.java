package org.linkwell.printing;

import org.linkwell.printing.PrintDocument.Block;

/** The same blocks as plain text, for pasting into the EMR: no layout, one fact per line. */
final class PlainText {
    private PlainText() {
    }

    static String of(PrintDocument document, Letterhead letterhead) {
        StringBuilder out = new StringBuilder();
        out.append(document.title()).append('\n');
        out.append(letterhead.chcName()).append('\n');
        document.everyPageMark().ifPresent(mark -> out.append(mark).append('\n'));
        for (Block block : document.blocks()) {
            if (block instanceof PrintDocument.Heading h) {
                out.append('\n').append(h.text().toUpperCase(java.util.Locale.ROOT)).append('\n');
            } else if (block instanceof PrintDocument.Subheading s) {
                out.append(s.text()).append('\n');
            } else if (block instanceof PrintDocument.Paragraph p) {
                out.append(p.text()).append('\n');
            } else if (block instanceof PrintDocument.Bullet b) {
                out.append("- ").append(b.text()).append('\n');
            } else if (block instanceof PrintDocument.Field f) {
                out.append(f.label()).append(": ").append(f.value().replace('\n', ' ')).append('\n');
            } else if (block instanceof PrintDocument.Signature s) {
                out.append(s.label()).append('\n');
            }
        }
        return out.toString().strip() + "\n";
    }
}
