package org.linkwell.sampledata;

import java.util.Optional;

/**
 * Sample data that cannot be loaded, and where: the file, the row as a spreadsheet numbers it
 * (the header is row 1) and the column. The message never repeats a cell's personal content.
 */
public class SampleDataException extends RuntimeException {
    private final String source;
    private final int row;
    private final String column;

    public SampleDataException(String source, int row, String column, String problem) {
        super(source + " row " + row + (column.isEmpty() ? "" : ", column " + column) + ": " + problem);
        this.source = source;
        this.row = row;
        this.column = column;
    }

    /** A problem with the file as a whole. */
    public SampleDataException(String source, String problem) {
        super(source + ": " + problem);
        this.source = source;
        this.row = 0;
        this.column = "";
    }

    public SampleDataException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
        this.source = source;
        this.row = 0;
        this.column = "";
    }

    public String source() {
        return source;
    }

    /** The spreadsheet row, if the problem is in one. */
    public Optional<Integer> row() {
        return row == 0 ? Optional.empty() : Optional.of(row);
    }

    public Optional<String> column() {
        return column.isEmpty() ? Optional.empty() : Optional.of(column);
    }
}
