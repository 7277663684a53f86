package org.linkwell.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The user guide shipped inside the app, one small markdown-like file per language
 * ({@code guide_en.md}, {@code guide_fr.md}): "# " title, "## " sections, "- " bullets,
 * paragraphs, and inline {@code **bold**} and {@code `keys`}. Nothing more is needed, so no
 * markdown library is pulled in.
 */
public final class UserGuide {
    public enum BlockKind { TITLE, SECTION, PARAGRAPH, BULLET }

    public enum SpanStyle { PLAIN, STRONG, KEY }

    public record Span(String text, SpanStyle style) {
    }

    public record Block(BlockKind kind, List<Span> spans) {
        public String text() {
            StringBuilder text = new StringBuilder();
            spans.forEach(span -> text.append(span.text()));
            return text.toString();
        }
    }

    private static final Pattern INLINE = Pattern.compile("\\*\\*(.+?)\\*\\*|`(.+?)`");

    private final List<Block> blocks;

    private UserGuide(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    /** The guide in the given language (French for any French locale, else English). */
    public static UserGuide forLocale(Locale locale) {
        String language = "fr".equals(locale.getLanguage()) ? "fr" : "en";
        String resource = "/org/linkwell/help/guide_" + language + ".md";
        try (InputStream in = UserGuide.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static UserGuide parse(String text) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            BlockKind kind = line.startsWith("## ") ? BlockKind.SECTION
                    : line.startsWith("# ") ? BlockKind.TITLE
                    : line.startsWith("- ") ? BlockKind.BULLET
                    : null;
            if (kind != null || line.isEmpty()) {
                flush(paragraph, blocks);
            }
            if (kind != null) {
                blocks.add(new Block(kind, spans(line.substring(line.indexOf(' ') + 1).strip())));
            } else if (!line.isEmpty()) {
                paragraph.append(paragraph.length() == 0 ? "" : " ").append(line);
            }
        }
        flush(paragraph, blocks);
        return new UserGuide(blocks);
    }

    public List<Block> blocks() {
        return blocks;
    }

    public String title() {
        return blocks.stream().filter(b -> b.kind() == BlockKind.TITLE).findFirst().map(Block::text).orElse("");
    }

    public List<String> sections() {
        return blocks.stream().filter(b -> b.kind() == BlockKind.SECTION).map(Block::text).toList();
    }

    private static void flush(StringBuilder paragraph, List<Block> blocks) {
        if (paragraph.length() > 0) {
            blocks.add(new Block(BlockKind.PARAGRAPH, spans(paragraph.toString())));
            paragraph.setLength(0);
        }
    }

    static List<Span> spans(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher matcher = INLINE.matcher(text);
        int at = 0;
        while (matcher.find()) {
            if (matcher.start() > at) {
                spans.add(new Span(text.substring(at, matcher.start()), SpanStyle.PLAIN));
            }
            spans.add(matcher.group(1) != null ? new Span(matcher.group(1), SpanStyle.STRONG)
                    : new Span(matcher.group(2), SpanStyle.KEY));
            at = matcher.end();
        }
        if (at < text.length()) {
            spans.add(new Span(text.substring(at), SpanStyle.PLAIN));
        }
        return spans;
    }
}
