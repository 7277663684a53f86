package org.linkwell.printing;

import java.util.List;
import java.util.Optional;

/**
 * A document as a list of plain blocks, independent of how it is output: the same blocks become the PDF
 * (what prints is what the preview shows) and the plain text for the EMR.
 */
public record PrintDocument(String title, Optional<String> everyPageMark, String pageLabel, List<Block> blocks) {

    public PrintDocument {
        blocks = List.copyOf(blocks);
    }

    public sealed interface Block {
    }

    /** A section title, such as "What matters to you". */
    public record Heading(String text) implements Block {
    }

    /** A title inside a section, such as a program's name. */
    public record Subheading(String text) implements Block {
    }

    public record Paragraph(String text) implements Block {
    }

    /** "Where: 12 Main St." laid out as a label column and a value. */
    public record Field(String label, String value) implements Block {
    }

    public record Bullet(String text) implements Block {
    }

    /** A line to sign on, with who signs under it. */
    public record Signature(String label) implements Block {
    }
}
