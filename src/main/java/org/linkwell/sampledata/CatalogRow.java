package org.linkwell.sampledata;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What the journey generator needs to know of one program of the catalog spreadsheet (programs.csv):
 * enough to prescribe it to clients it fits. Not an importer: the catalog itself is loaded elsewhere.
 */
record CatalogRow(String id, String name, String category, Set<String> interests, Set<String> languages,
                  boolean free, boolean subsidy, OptionalInt minAge, OptionalInt maxAge, Set<String> audiences,
                  boolean full, boolean coCreated, boolean championLed, String status) {
    static final String MATERIAL_SUPPORT = "material-support";
    static final String PRACTICAL_SUPPORT = "practical-support";
    static final List<String> COLUMNS = List.of("id", "name", "category", "interests", "languages", "cost", "subsidy",
            "min_age", "max_age", "audience", "full", "co_created", "champion_led", "status");

    CatalogRow {
        interests = Set.copyOf(interests);
        languages = Set.copyOf(languages);
        audiences = Set.copyOf(audiences);
    }

    boolean isActive() {
        return "active".equals(status);
    }

    boolean isMaterialSupport() {
        return MATERIAL_SUPPORT.equals(category);
    }

    boolean admitsAge(int age) {
        return (minAge.isEmpty() || age >= minAge.getAsInt()) && (maxAge.isEmpty() || age <= maxAge.getAsInt());
    }

    /** Reads the columns above from a catalog spreadsheet saved as CSV; other columns are ignored. */
    static List<CatalogRow> read(Reader in, String source) throws IOException {
        List<CatalogRow> rows = new ArrayList<>();
        for (CsvCells row : CsvCells.read(in, source, COLUMNS, false)) {
            String cost = row.text("cost").toLowerCase(Locale.ROOT);
            rows.add(new CatalogRow(row.required("id"), row.required("name"), row.required("category"),
                    Set.copyOf(CsvLists.splitCodes(row.text("interests"))), languages(row.text("languages")),
                    cost.isEmpty() || cost.equals("free"), row.yesNo("subsidy") || cost.equals("sliding scale"),
                    row.optionalInt("min_age"), row.optionalInt("max_age"),
                    Set.copyOf(CsvLists.splitCodes(row.text("audience"))), row.yesNo("full"), row.yesNo("co_created"),
                    row.yesNo("champion_led"), row.text("status").isEmpty() ? "active" : row.text("status")));
        }
        return rows;
    }

    private static Set<String> languages(String cell) {
        List<String> codes = CsvLists.splitCodes(cell);
        return codes.isEmpty() ? Set.of("en") : Set.copyOf(codes);
    }
}
