package org.linkwell.exchange;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads the first sheet of a workbook as a {@link Sheet}, and the sheet named Organizations if there is one.
 * Numbers come back as people typed them: a time cell as "10:00", a date cell as "2026-03-01", 20.0 as "20".
 */
final class XlsxFiles {
    static final Set<String> ORGANIZATION_SHEETS = Set.of("organizations", "organisations", "organismes");
    private static final int MINUTES_PER_DAY = 24 * 60;

    private XlsxFiles() {
    }

    static Sheet read(Path file) {
        String name = file.getFileName().toString();
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new ImportException(ImportProblem.inFile(name, "import.file.empty"));
            }
            Sheet programs = sheet(name, workbook.getSheetAt(0));
            if (programs.headers().stream().allMatch(String::isBlank)) {
                throw new ImportException(ImportProblem.inFile(name, "import.file.empty"));
            }
            if (programs.filledRows() == 0) {
                throw new ImportException(ImportProblem.at(name, 1, "", "import.file.noRows"));
            }
            return programs.withOrganizations(organizations(name, workbook));
        } catch (ImportException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ImportException(ImportProblem.inFile(name, "import.file.notXlsx", String.valueOf(e.getMessage())));
        }
    }

    private static Optional<Sheet> organizations(String fileName, Workbook workbook) {
        for (int i = 1; i < workbook.getNumberOfSheets(); i++) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(i);
            if (ORGANIZATION_SHEETS.contains(sheet.getSheetName().strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(sheet(fileName + " [" + sheet.getSheetName() + "]", sheet));
            }
        }
        return Optional.empty();
    }

    private static Sheet sheet(String name, org.apache.poi.ss.usermodel.Sheet sheet) {
        List<String> headers = List.of();
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = cells(row);
            if (row.getRowNum() == 0) {
                headers = cells.stream().map(String::strip).toList();
                continue;
            }
            while (rows.size() < row.getRowNum() - 1) {
                rows.add(List.of());
            }
            rows.add(cells);
        }
        return new Sheet(name, headers, rows);
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
            Cell cell = row.getCell(c, Row.MissingCellPolicy.RETURN_BLANK_AS_NULL);
            cells.add(cell == null ? "" : text(cell));
        }
        return cells;
    }

    static String text(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? dateText(cell.getNumericCellValue())
                    : number(cell.getNumericCellValue());
            default -> "";
        };
    }

    /** A time alone (less than one day) is "10:00"; a whole day is "2026-03-01"; both is "2026-03-01 10:00". */
    private static String dateText(double value) {
        if (value >= 0 && value < 1) {
            return time(value).toString();
        }
        LocalDateTime at = DateUtil.getLocalDateTime(value);
        return at.toLocalTime().equals(LocalTime.MIDNIGHT) ? at.toLocalDate().toString()
                : at.toLocalDate() + " " + at.toLocalTime();
    }

    /** Excel keeps a time as the fraction of a day: 0.4166... is 10:00. */
    static LocalTime time(double fractionOfDay) {
        long minutes = Math.round(fractionOfDay * MINUTES_PER_DAY) % MINUTES_PER_DAY;
        return LocalTime.of((int) (minutes / 60), (int) (minutes % 60));
    }

    private static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
