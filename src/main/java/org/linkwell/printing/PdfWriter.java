package org.linkwell.printing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.linkwell.printing.PrintDocument.Block;

/**
 * Lays a {@link PrintDocument} out on letter or A4 pages: the CHC's letterhead on each page, large plain type,
 * headings kept with what follows them, and "Page n of m" (and the confidentiality mark) on every page.
 */
final class PdfWriter {
    static final float MARGIN = 50;
    static final float BODY = 13;
    static final float HEADING = 15;
    static final float SUBHEADING = 14;
    static final float TITLE = 20;
    static final float SMALL = 10.5f;
    static final float LEADING = 1.33f;

    private final Letterhead letterhead;
    private final Locale locale;

    PdfWriter(Letterhead letterhead, Locale locale) {
        this.letterhead = letterhead;
        this.locale = locale;
    }

    byte[] write(PrintDocument document) {
        try (PDDocument pdf = new PDDocument()) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(document.title());
            info.setCreator("Linkwell");
            PdfText text = new PdfText(pdf);
            PdfPages pages = new PdfPages(pdf, text, letterhead, document.everyPageMark());
            pages.title(document.title());
            float labelWidth = labelColumn(document.blocks(), text);
            List<Block> blocks = document.blocks();
            for (int i = 0; i < blocks.size(); i++) {
                if (blocks.get(i) instanceof PrintDocument.Heading || blocks.get(i) instanceof PrintDocument.Subheading) {
                    // A section's start, and a program's facts, stay on one page when they fit on one.
                    float cap = blocks.get(i) instanceof PrintDocument.Heading ? 0.4f : 1f;
                    pages.keepWith(Math.min(sectionHeight(blocks, i, text, pages.width(), labelWidth),
                            pages.usableHeight() * cap));
                }
                if (i + 1 < blocks.size() && blocks.get(i + 1) instanceof PrintDocument.Signature) {
                    // "With thanks," and the line to sign on are never parted.
                    pages.keepWith(height(blocks.get(i), text, pages.width(), labelWidth)
                            + height(blocks.get(i + 1), text, pages.width(), labelWidth));
                }
                draw(pages, text, blocks.get(i), labelWidth);
            }
            pages.finish();
            footers(pdf, text, document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void draw(PdfPages pages, PdfText text, Block block, float labelWidth) throws IOException {
        float width = pages.width();
        if (block instanceof PrintDocument.Heading h) {
            pages.space(HEADING * 0.6f);
            pages.keepWith(HEADING * LEADING + BODY * LEADING * 2);
            pages.lines(text.wrap(h.text(), text.bold, HEADING, width), text.bold, HEADING, 0);
            pages.rule(0.6f);
            pages.space(3);
        } else if (block instanceof PrintDocument.Subheading s) {
            pages.space(SUBHEADING * 0.6f);
            pages.keepWith(SUBHEADING * LEADING + BODY * LEADING * 2);
            pages.lines(text.wrap(s.text(), text.bold, SUBHEADING, width), text.bold, SUBHEADING, 0);
        } else if (block instanceof PrintDocument.Paragraph p) {
            pages.lines(text.wrap(p.text(), text.regular, BODY, width), text.regular, BODY, 0);
            pages.space(BODY * 0.35f);
        } else if (block instanceof PrintDocument.Bullet b) {
            pages.keepWith(BODY * LEADING);
            pages.marker("\u2022", text.regular, BODY);
            pages.lines(text.wrap(b.text(), text.regular, BODY, width - 18), text.regular, BODY, 18);
        } else if (block instanceof PrintDocument.Field f) {
            List<String> label = text.wrap(f.label(), text.bold, BODY, labelWidth - 10);
            List<String> value = text.wrap(f.value(), text.regular, BODY, width - labelWidth);
            pages.keepWith(BODY * LEADING * (value.size() <= 6 ? value.size() : 2));
            pages.columns(label, text.bold, value, text.regular, BODY, labelWidth);
            pages.space(2);
        } else if (block instanceof PrintDocument.Signature s) {
            pages.keepWith(height(block, text, width, labelWidth));
            pages.space(BODY * 2.2f);
            pages.signatureLine(Math.min(300, width));
            pages.lines(text.wrap(s.label(), text.regular, SMALL, width), text.regular, SMALL, 0);
        }
    }

    /** The height of a heading (with a program right under it) or a subheading, and what follows up to the next one. */
    private static float sectionHeight(List<Block> blocks, int start, PdfText text, float width, float labelWidth) {
        float height = height(blocks.get(start), text, width, labelWidth);
        int i = start + 1;
        if (blocks.get(start) instanceof PrintDocument.Heading && i < blocks.size()
                && blocks.get(i) instanceof PrintDocument.Subheading) {
            height += height(blocks.get(i++), text, width, labelWidth);
        }
        for (; i < blocks.size() && !(blocks.get(i) instanceof PrintDocument.Heading)
                && !(blocks.get(i) instanceof PrintDocument.Subheading); i++) {
            height += height(blocks.get(i), text, width, labelWidth);
        }
        return height;
    }

    private static float height(Block block, PdfText text, float width, float labelWidth) {
        if (block instanceof PrintDocument.Heading h) {
            return HEADING * (LEADING + 0.6f) * text.wrap(h.text(), text.bold, HEADING, width).size() + 6;
        } else if (block instanceof PrintDocument.Subheading s) {
            return SUBHEADING * (LEADING + 0.6f) * text.wrap(s.text(), text.bold, SUBHEADING, width).size();
        } else if (block instanceof PrintDocument.Paragraph p) {
            return BODY * LEADING * text.wrap(p.text(), text.regular, BODY, width).size() + BODY * 0.35f;
        } else if (block instanceof PrintDocument.Bullet b) {
            return BODY * LEADING * text.wrap(b.text(), text.regular, BODY, width - 18).size();
        } else if (block instanceof PrintDocument.Field f) {
            return BODY * LEADING * text.wrap(f.value(), text.regular, BODY, width - labelWidth).size() + 2;
        }
        return BODY * 2.2f + 2 + SMALL * LEADING * 2 + 4;
    }

    /** One label column for the whole document, as wide as its longest label (within reason). */
    private static float labelColumn(List<Block> blocks, PdfText text) {
        float widest = 0;
        for (Block block : blocks) {
            if (block instanceof PrintDocument.Field f) {
                widest = Math.max(widest, PdfText.width(text.bold, BODY, text.clean(f.label())));
            }
        }
        return Math.min(Math.max(widest + 14, 90), 190);
    }

    private void footers(PDDocument pdf, PdfText text, PrintDocument document) throws IOException {
        int count = pdf.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            PDPage page = pdf.getPage(i);
            PDRectangle box = page.getMediaBox();
            try (PDPageContentStream out = new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                String number = new MessageFormat(document.pageLabel(), locale).format(new Object[] {i + 1, count});
                show(out, text.regular, SMALL, text.clean(number),
                        box.getWidth() - MARGIN - PdfText.width(text.regular, SMALL, text.clean(number)), MARGIN - 24);
                String left = text.clean(document.everyPageMark().orElse(document.title()));
                show(out, document.everyPageMark().isPresent() ? text.bold : text.regular, SMALL, left, MARGIN,
                        MARGIN - 24);
            }
        }
    }

    static void show(PDPageContentStream out, PDFont font, float size, String line, float x, float y)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(line);
        out.endText();
    }
}
