package org.linkwell.exchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.linkwell.programs.PartnerOrganization;

/**
 * Reads an Open Referral HSDS 3.0 tabular data package (a folder of CSV files) into an {@link ImportPreview}:
 * services become programs, organizations partner organisations (the organisation "chc" is our own CHC).
 * Every problem names its file, row and column, e.g. "service.csv row 4, column status".
 */
public final class HsdsImporter {
    private HsdsImporter() {
    }

    public static ImportPreview read(Path folder, Set<String> knownInterestCodes,
                                     Map<String, String> interestLabelToCode) {
        if (!Files.isDirectory(folder)) {
            return ImportPreview.failed(List.of(ImportProblem.inFile(String.valueOf(folder.getFileName()),
                    "import.file.unreadable", folder.toString())));
        }
        HsdsPackage hsds = HsdsPackage.read(folder);
        List<ImportProblem> fileProblems = new ArrayList<>(hsds.problems());
        HsdsAttributes attributes = new HsdsAttributes(hsds);
        HsdsOrganizationReader organizationReader = new HsdsOrganizationReader(hsds, attributes);
        List<PartnerOrganization> organizations = new ArrayList<>();
        Set<String> organizationIds = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (HsdsRow row : hsds.rows(HsdsTable.ORGANIZATION)) {
            String id = row.get("id");
            Integer first = seen.putIfAbsent(id, row.row());
            if (first != null && !id.isEmpty()) {
                fileProblems.add(row.problem("id", "import.id.duplicate", id, first.toString()));
                continue;
            }
            organizationIds.add(id);
            if (!id.equals(Hsds.OUR_CHC_ID)) {
                organizationReader.read(row, fileProblems).ifPresent(organizations::add);
            }
        }
        HsdsServiceReader serviceReader = new HsdsServiceReader(hsds, attributes,
                new Vocabulary(knownInterestCodes, interestLabelToCode), organizationIds);
        List<RowResult> rows = new ArrayList<>();
        seen.clear();
        for (HsdsRow row : hsds.rows(HsdsTable.SERVICE)) {
            String id = row.get("id");
            Integer first = seen.putIfAbsent(id, row.row());
            if (first != null && !id.isEmpty()) {
                // Its schedules, languages, ... are the first row's too: only the duplicate itself is reported.
                rows.add(new RowResult(row.row(), row.get("name"), Optional.empty(),
                        List.of(row.problem("id", "import.id.duplicate", id, first.toString()))));
            } else {
                rows.add(serviceReader.read(row));
            }
        }
        return new ImportPreview(rows, organizations, List.of(), fileProblems);
    }
}
