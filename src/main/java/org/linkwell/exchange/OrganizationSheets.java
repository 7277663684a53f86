package org.linkwell.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.linkwell.core.ValidationException.FieldError;
import org.linkwell.programs.PartnerOrganization;
import org.linkwell.programs.ProgramRules;

/**
 * Reads the partner organisations table (organizations.csv, or the workbook's Organizations sheet):
 * id, name, description, phone, email, website, address, city, province, postal_code, contact_person,
 * notes, active. Only name is required; an empty id becomes "org-" and the name's slug.
 */
final class OrganizationSheets {
    static final List<String> COLUMNS = List.of("id", "name", "description", "phone", "email", "website", "address",
            "city", "province", "postal_code", "contact_person", "notes", "active");
    private static final Map<String, String> SYNONYMS = Map.ofEntries(Map.entry("identifiant", "id"),
            Map.entry("nom", "name"), Map.entry("organization", "name"), Map.entry("organisation", "name"),
            Map.entry("organisme", "name"), Map.entry("telephone", "phone"), Map.entry("tel", "phone"),
            Map.entry("courriel", "email"), Map.entry("e_mail", "email"), Map.entry("site_web", "website"),
            Map.entry("site", "website"), Map.entry("url", "website"), Map.entry("adresse", "address"),
            Map.entry("street", "address"), Map.entry("ville", "city"), Map.entry("code_postal", "postal_code"),
            Map.entry("contact", "contact_person"), Map.entry("personne_ressource", "contact_person"),
            Map.entry("note", "notes"), Map.entry("remarques", "notes"), Map.entry("actif", "active"),
            Map.entry("active_", "active"));
    private static final Map<String, String> RULE_COLUMNS =
            Map.of("name", "name", "postalCode", "postal_code", "phone", "phone");

    private OrganizationSheets() {
    }

    static String externalId(String id, String name) {
        return id.isBlank() ? "org-" + Words.slug(name) : id.strip();
    }

    static OrganizationList parse(Sheet sheet) {
        Map<String, Integer> columns = columns(sheet.headers());
        String file = sheet.fileName();
        if (!columns.containsKey("name")) {
            return new OrganizationList(List.of(), List.of(ImportProblem.at(file, 1, "name", "import.column.missing",
                    "name")));
        }
        List<PartnerOrganization> organizations = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < sheet.rows().size(); i++) {
            if (sheet.isBlank(i)) {
                continue;
            }
            int index = i;
            int row = Sheet.rowNumber(i);
            Map<String, String> cells = new HashMap<>();
            columns.forEach((name, column) -> cells.put(name, sheet.cell(index, column)));
            String name = cells.getOrDefault("name", "");
            String id = externalId(cells.getOrDefault("id", ""), name);
            int before = problems.size();
            if (name.isBlank()) {
                problems.add(ImportProblem.at(file, row, header(sheet, columns, "name"), "import.required"));
            } else if (seen.containsKey(id)) {
                problems.add(ImportProblem.at(file, row, header(sheet, columns, "id"), "import.id.duplicate", id,
                        Integer.toString(seen.get(id))));
            }
            boolean active = true;
            try {
                active = Cells.yesNo(cells.getOrDefault("active", ""), true);
            } catch (InvalidCell e) {
                problems.add(e.at(file, row, header(sheet, columns, "active")));
            }
            PartnerOrganization organization = new PartnerOrganization(0, 0, id, name, get(cells, "description"),
                    get(cells, "phone"), get(cells, "email"), get(cells, "website"), get(cells, "address"),
                    get(cells, "city"), cells.getOrDefault("province", "").isBlank() ? "ON" : cells.get("province"),
                    get(cells, "postal_code"), get(cells, "contact_person"), get(cells, "notes"), active);
            if (!name.isBlank()) {
                for (FieldError error : ProgramRules.problems(organization)) {
                    String column = RULE_COLUMNS.getOrDefault(error.field(), "name");
                    problems.add(new ImportProblem(file, row, header(sheet, columns, column), error.messageKey(),
                            java.util.Arrays.stream(error.args()).map(String::valueOf).toList()));
                }
            }
            seen.putIfAbsent(id, row);
            if (problems.size() == before) {
                organizations.add(organization);
            }
        }
        return new OrganizationList(organizations, problems);
    }

    private static String get(Map<String, String> cells, String column) {
        return cells.getOrDefault(column, "");
    }

    private static Map<String, Integer> columns(List<String> headers) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            String folded = Words.header(headers.get(i));
            String column = COLUMNS.contains(folded) ? folded : SYNONYMS.get(folded);
            if (column != null) {
                columns.putIfAbsent(column, i);
            }
        }
        return columns;
    }

    /** The header text the user sees for a column, or its documented name when the sheet lacks it. */
    private static String header(Sheet sheet, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null ? column : sheet.headers().get(index);
    }
}
