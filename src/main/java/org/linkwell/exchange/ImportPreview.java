package org.linkwell.exchange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.linkwell.programs.CatalogUpdate;
import org.linkwell.programs.PartnerOrganization;

/**
 * What an import would do, shown before anything is saved: every program row with its result; the partner
 * organisations listed with them (organizations.csv, the Organizations sheet, HSDS organization.csv), saved
 * in full; the organisations program rows name that no list gives ({@code namedOrganizations}: created
 * with just their name, unless Linkwell already knows one by that id or name); and the problems that
 * belong to no single program row (a missing column, an empty file, a bad organisations list). Those
 * block the import; row problems can be skipped.
 */
public record ImportPreview(List<RowResult> rows, List<PartnerOrganization> organizations,
                            List<PartnerOrganization> namedOrganizations, List<ImportProblem> fileProblems) {

    public ImportPreview {
        rows = List.copyOf(rows);
        organizations = List.copyOf(organizations);
        namedOrganizations = List.copyOf(namedOrganizations);
        fileProblems = List.copyOf(fileProblems);
    }

    /** A preview that is only problems with the file: nothing could be read from it. */
    public static ImportPreview failed(List<ImportProblem> problems) {
        return new ImportPreview(List.of(), List.of(), List.of(), problems);
    }

    /** Every problem: the file problems first, then each row's, in row order. */
    public List<ImportProblem> problems() {
        List<ImportProblem> all = new ArrayList<>(fileProblems);
        rows.forEach(row -> all.addAll(row.problems()));
        return List.copyOf(all);
    }

    public boolean hasProblems() {
        return !fileProblems.isEmpty() || rows.stream().anyMatch(row -> !row.isValid());
    }

    /** Rows with problems can be left out; problems with the file itself cannot. */
    public boolean canSkipBadRows() {
        return fileProblems.isEmpty();
    }

    public List<RowResult> goodRows() {
        return rows.stream().filter(RowResult::isValid).toList();
    }

    public List<RowResult> badRows() {
        return rows.stream().filter(row -> !row.isValid()).toList();
    }

    /**
     * The batch to save: every good row's program and the organisations they need. Refused with an
     * {@link ImportException} listing every problem when there are problems, unless {@code skipBadRows} and
     * all of them belong to rows (which are then left out).
     */
    public CatalogUpdate toUpdate(boolean skipBadRows) {
        return toUpdate(skipBadRows, List.of());
    }

    /**
     * As {@link #toUpdate(boolean)}; an organisation a row names only by name that is among {@code saved}
     * (same id, or same name) is left out so what Linkwell knows about it stays, and its programs point to it.
     */
    public CatalogUpdate toUpdate(boolean skipBadRows, List<PartnerOrganization> saved) {
        if (hasProblems() && (!skipBadRows || !canSkipBadRows())) {
            throw new ImportException(problems());
        }
        List<CatalogUpdate.ImportedProgram> programs = rows.stream().flatMap(row -> row.program().stream()).toList();
        Set<String> used = new HashSet<>();
        programs.forEach(p -> p.organizationExternalId().ifPresent(used::add));
        List<PartnerOrganization> named = namedOrganizations.stream().filter(o -> used.contains(o.externalId()))
                .toList();
        List<PartnerOrganization> all = new ArrayList<>(organizations);
        all.addAll(named);
        return KnownOrganizations.reuse(new CatalogUpdate(all, programs), named, saved);
    }
}
