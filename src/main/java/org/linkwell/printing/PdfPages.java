package org.linkwell.printing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The pages being written: a cursor going down the page, a new page (with the letterhead) when it is full. */
final class PdfPages {
    private static final Logger LOG = LoggerFactory.getLogger(PdfPages.class);
    private static final float LOGO_HEIGHT = 46;
    private static final float BOTTOM = PdfWriter.MARGIN + 6;

    private final PDDocument pdf;
    private final PdfText text;
    private final Letterhead letterhead;
    private final Optional<String> mark;
    private final PDRectangle size;
    private final PDImageXObject logo;
    private PDPageContentStream out;
    private float y;

    PdfPages(PDDocument pdf, PdfText text, Letterhead letterhead, Optional<String> mark) {
        this.pdf = pdf;
        this.text = text;
        this.letterhead = letterhead;
        this.mark = mark;
        this.size = letterhead.paper().rectangle();
        this.logo = letterhead.logo().map(this::image).orElse(null);
        newPage();
    }

    private PDImageXObject image(java.nio.file.Path file) {
        try {
            return PDImageXObject.createFromFile(file.toString(), pdf);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("the logo file cannot be read; printing without it", e);
            return null;
        }
    }

    float width() {
        return size.getWidth() - 2 * PdfWriter.MARGIN;
    }

    /** The height a page offers below its letterhead. */
    float usableHeight() {
        return size.getHeight() - 2 * PdfWriter.MARGIN - 90;
    }

    void title(String title) throws IOException {
        lines(text.wrap(title, text.bold, PdfWriter.TITLE, width()), text.bold, PdfWriter.TITLE, 0);
        space(8);
    }

    void space(float points) {
        y -= points;
    }

    /** Starts a new page unless {@code height} still fits, so a heading never ends a page alone. */
    void keepWith(float height) {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    void lines(List<String> lines, PDFont font, float fontSize, float indent) throws IOException {
        float leading = fontSize * PdfWriter.LEADING;
        for (String line : lines) {
            keepWith(leading);
            y -= leading;
            PdfWriter.show(out, font, fontSize, line, PdfWriter.MARGIN + indent, y + fontSize * 0.28f);
        }
    }

    /** A bullet drawn at the start of the line about to be written. */
    void marker(String bullet, PDFont font, float fontSize) throws IOException {
        float leading = fontSize * PdfWriter.LEADING;
        PdfWriter.show(out, font, fontSize, bullet, PdfWriter.MARGIN + 4, y - leading + fontSize * 0.28f);
    }

    /** A label column and a value column, side by side, line by line. */
    void columns(List<String> labels, PDFont labelFont, List<String> values, PDFont valueFont, float fontSize,
                 float labelWidth) throws IOException {
        float leading = fontSize * PdfWriter.LEADING;
        for (int i = 0; i < Math.max(labels.size(), values.size()); i++) {
            keepWith(leading);
            y -= leading;
            float baseline = y + fontSize * 0.28f;
            if (i < labels.size()) {
                PdfWriter.show(out, labelFont, fontSize, labels.get(i), PdfWriter.MARGIN, baseline);
            }
            if (i < values.size()) {
                PdfWriter.show(out, valueFont, fontSize, values.get(i), PdfWriter.MARGIN + labelWidth, baseline);
            }
        }
    }

    void rule(float thickness) throws IOException {
        space(3);
        out.setLineWidth(thickness);
        out.moveTo(PdfWriter.MARGIN, y);
        out.lineTo(PdfWriter.MARGIN + width(), y);
        out.stroke();
    }

    void signatureLine(float length) throws IOException {
        out.setLineWidth(0.8f);
        out.moveTo(PdfWriter.MARGIN, y);
        out.lineTo(PdfWriter.MARGIN + length, y);
        out.stroke();
        space(2);
    }

    void finish() throws IOException {
        out.close();
    }

    private void newPage() {
        try {
            if (out != null) {
                out.close();
            }
            PDPage page = new PDPage(size);
            pdf.addPage(page);
            out = new PDPageContentStream(pdf, page);
            y = size.getHeight() - PdfWriter.MARGIN + 12;
            letterhead();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void letterhead() throws IOException {
        float top = y;
        float x = PdfWriter.MARGIN;
        if (logo != null) {
            float w = logo.getWidth() * LOGO_HEIGHT / logo.getHeight();
            out.drawImage(logo, x, top - LOGO_HEIGHT, w, LOGO_HEIGHT);
            x += w + 14;
        }
        float textWidth = PdfWriter.MARGIN + width() - x - markWidth() - 10;
        float line = top;
        for (String name : text.wrap(letterhead.chcName(), text.bold, 15, textWidth)) {
            line -= 15 * 1.25f;
            PdfWriter.show(out, text.bold, 15, name, x, line + 4);
        }
        String contact = String.join("  ·  ", java.util.stream.Stream.of(letterhead.address(), letterhead.phone())
                .filter(s -> !s.isBlank()).toList());
        for (String part : text.wrap(contact, text.regular, PdfWriter.SMALL, textWidth)) {
            line -= PdfWriter.SMALL * 1.35f;
            PdfWriter.show(out, text.regular, PdfWriter.SMALL, part, x, line + 3);
        }
        if (mark.isPresent()) {
            String m = text.clean(mark.get());
            PdfWriter.show(out, text.bold, 11, m, PdfWriter.MARGIN + width() - markWidth(), top - 13);
        }
        y = Math.min(line, logo == null ? line : top - LOGO_HEIGHT) - 8;
        out.setLineWidth(1.2f);
        out.moveTo(PdfWriter.MARGIN, y);
        out.lineTo(PdfWriter.MARGIN + width(), y);
        out.stroke();
        y -= 14;
    }

    private float markWidth() {
        return mark.map(m -> PdfText.width(text.bold, 11, text.clean(m))).orElse(0f);
    }
}
