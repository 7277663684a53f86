package org.linkwell.exchange;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.linkwell.programs.ProgramFilter;

/** Small text helpers shared by the readers: folding, slugs and lists in one cell. */
final class Words {
    private Words() {
    }

    /** Lower case, no accents, single spaces: "  Échelle   Mobile " is "echelle mobile". */
    static String fold(String text) {
        return ProgramFilter.fold(text).strip().replaceAll("\\s+", " ");
    }

    /** A header as a field name: "Heure de début" is "heure_de_debut", "Start-Time" is "start_time". */
    static String header(String text) {
        return ProgramFilter.fold(text).replace("'", "_").replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    }

    /** A stable identifier part: "Café causerie (FR)" is "cafe-causerie-fr". */
    static String slug(String text) {
        return ProgramFilter.fold(text).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    /** The items of a list cell, separated by ; or , without blanks: "en; fr," is [en, fr]. */
    static List<String> items(String cell) {
        return Arrays.stream(cell.split("[;,]")).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }

    /** The parts of a schedule cell that holds several schedules, separated by |. */
    static List<String> parts(String cell) {
        return Arrays.stream(cell.split("\\|", -1)).map(String::strip).toList();
    }

    static String lower(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
