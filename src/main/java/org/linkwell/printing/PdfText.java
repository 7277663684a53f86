package org.linkwell.printing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The printout's type: DejaVu Sans (regular and bold), bundled so accents print the same on every computer,
 * embedded as subsets. Also measures and wraps text to a width.
 */
final class PdfText {
    private static final String FOLDER = "/org/linkwell/printing/fonts/";
    private static final Map<String, byte[]> FILES = new java.util.concurrent.ConcurrentHashMap<>();

    final PDFont regular;
    final PDFont bold;
    private final Map<Integer, Boolean> printable = new HashMap<>();

    PdfText(PDDocument document) {
        this.regular = load(document, "DejaVuSans.ttf");
        this.bold = load(document, "DejaVuSans-Bold.ttf");
    }

    private static PDFont load(PDDocument document, String file) {
        try {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes(file)));
            // No ligatures: "ff" stays two letters, so the text can be searched, copied and read aloud.
            font.setEnableGsub(false);
            return PDType0Font.load(document, font, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The font files, read from the jar once. */
    private static byte[] bytes(String file) throws IOException {
        byte[] cached = FILES.get(file);
        if (cached == null) {
            try (InputStream in = PdfText.class.getResourceAsStream(FOLDER + file)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled font " + file + " is missing");
                }
                cached = in.readAllBytes();
            }
            FILES.put(file, cached);
        }
        return cached;
    }

    /** Tabs and line ends become spaces; characters the font cannot draw become "?" rather than failing. */
    String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp)) {
                out.append(' ');
            } else if (Character.isISOControl(cp)) {
                return;
            } else {
                out.append(printable.computeIfAbsent(cp, this::canDraw) ? Character.toString(cp) : "?");
            }
        });
        return out.toString();
    }

    private boolean canDraw(int codePoint) {
        try {
            regular.encode(Character.toString(codePoint));
            bold.encode(Character.toString(codePoint));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    static float width(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits cleaned text into lines no wider than {@code max}, breaking words only when one alone is too wide. */
    List<String> wrap(String text, PDFont font, float size, float max) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : clean(paragraph).split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(font, size, candidate) <= max) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                while (width(font, size, word) > max) {
                    int cut = fitting(word, font, size, max);
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                line.append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static int fitting(String word, PDFont font, float size, float max) {
        int cut = 1;
        while (cut < word.length() && width(font, size, word.substring(0, cut + 1)) <= max) {
            cut++;
        }
        return cut;
    }
}
