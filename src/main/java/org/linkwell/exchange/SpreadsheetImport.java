package org.linkwell.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Step two of a spreadsheet import, after {@link SpreadsheetReader#read} and the column mapping: reads every
 * row into a program or into problems, and saves nothing.
 */
public final class SpreadsheetImport {
    private SpreadsheetImport() {
    }

    /**
     * @param knownInterestCodes  the interest vocabulary's codes
     * @param interestLabelToCode its English and French labels, each to its code
     */
    public static ImportPreview preview(Sheet sheet, ColumnMapping mapping, Set<String> knownInterestCodes,
                                        Map<String, String> interestLabelToCode) {
        List<ImportProblem> fileProblems = new ArrayList<>();
        for (SpreadsheetField field : mapping.missingRequired()) {
            fileProblems.add(ImportProblem.at(sheet.fileName(), 1, field.column(), "import.column.missing",
                    field.column()));
        }
        if (!fileProblems.isEmpty()) {
            return ImportPreview.failed(fileProblems);
        }
        OrganizationList listed = sheet.organizations().map(OrganizationSheets::parse).orElse(OrganizationList.none());
        fileProblems.addAll(listed.problems());
        ProgramRowParser parser = new ProgramRowParser(sheet, mapping,
                new Vocabulary(knownInterestCodes, interestLabelToCode), listed);
        List<RowResult> rows = new ArrayList<>();
        Map<String, Integer> firstRowOfId = new HashMap<>();
        for (int i = 0; i < sheet.rows().size(); i++) {
            if (sheet.isBlank(i)) {
                continue;
            }
            ProgramRowParser.Parsed parsed = parser.parse(i);
            RowResult result = parsed.result();
            Integer first = firstRowOfId.putIfAbsent(parsed.externalId(), result.row());
            if (first != null) {
                result = result.withProblem(parsed.idGiven()
                        ? ImportProblem.at(sheet.fileName(), result.row(), parser.header(SpreadsheetField.ID),
                                "import.id.duplicate", parsed.externalId(), first.toString())
                        : ImportProblem.at(sheet.fileName(), result.row(), parser.header(SpreadsheetField.NAME),
                                "import.name.duplicate", first.toString()));
            }
            rows.add(result);
        }
        return new ImportPreview(rows, listed.organizations(), parser.namedOnly(), fileProblems);
    }
}
