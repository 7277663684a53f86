package org.linkwell.exchange;

import java.util.List;
import java.util.Optional;

/**
 * A table as read from a CSV file or a workbook sheet: its header cells, then its rows. {@code rows.get(i)}
 * is the spreadsheet's row {@code i + 2} (the header is row 1); blank rows are kept as empty lists so row
 * numbers stay true. {@code organizations} is the partner organisations table that came with it
 * (organizations.csv in the same folder, or the workbook's "Organizations" sheet), if any.
 */
public record Sheet(String fileName, List<String> headers, List<List<String>> rows, Optional<Sheet> organizations) {

    public Sheet {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }

    public Sheet(String fileName, List<String> headers, List<List<String>> rows) {
        this(fileName, headers, rows, Optional.empty());
    }

    public Sheet withOrganizations(Optional<Sheet> organizationSheet) {
        return new Sheet(fileName, headers, rows, organizationSheet);
    }

    /** The spreadsheet row number of {@code rows.get(index)}. */
    public static int rowNumber(int index) {
        return index + 2;
    }

    /** The cell's text without surrounding spaces; "" past the end of a short row. */
    public String cell(int index, int column) {
        List<String> row = rows.get(index);
        return column < row.size() ? row.get(column).strip() : "";
    }

    public boolean isBlank(int index) {
        return rows.get(index).stream().allMatch(String::isBlank);
    }

    /** How many rows hold something. */
    public long filledRows() {
        return rows.stream().filter(row -> row.stream().anyMatch(cell -> !cell.isBlank())).count();
    }
}
