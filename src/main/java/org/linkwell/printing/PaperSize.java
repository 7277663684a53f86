package org.linkwell.printing;

import java.util.Locale;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** The paper the clinic prints on. Canadian clinics mostly use letter; A4 for those who asked. */
public enum PaperSize {
    LETTER(PDRectangle.LETTER), A4(PDRectangle.A4);

    private final PDRectangle rectangle;

    PaperSize(PDRectangle rectangle) {
        this.rectangle = rectangle;
    }

    public PDRectangle rectangle() {
        return rectangle;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PaperSize fromCode(String code) {
        return "a4".equalsIgnoreCase(code == null ? "" : code.strip()) ? A4 : LETTER;
    }
}
