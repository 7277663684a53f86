package org.linkwell.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.ChartSpaceDocument;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.CTDrawing;
import org.openxmlformats.schemas.officeDocument.x2006.extendedProperties.PropertiesDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.SstDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.StyleSheetDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorksheetDocument;

/**
 * Excel refuses or "repairs" a workbook whose parts break the Office Open XML schemas, where LibreOffice
 * quietly reads it; so every XML part of the funder workbook is validated against those schemas. Runs in its own
 * surefire execution with POI's full schema jar (poi-ooxml-full) in place of the app's trimmed one (see pom.xml).
 */
class WorkbookSchemaCheck {
    static SampleYear year;

    @TempDir
    Path folder;

    @BeforeAll
    static void load() {
        year = SampleYear.load();
    }

    @AfterAll
    static void close() {
        year.close();
    }

    @Test
    void everyPartOfTheFunderWorkbook_isValidOfficeOpenXml() throws Exception {
        Path out = folder.resolve("q1.xlsx");
        year.service(OutcomeFigures.NONE).export(ReportPeriod.fiscalQuarter(2026, 1), out, true, p -> { });

        assertEquals(List.of(), problems(out));
    }

    @Test
    void theCatalogAndAuditWorkbooks_areValidOfficeOpenXml() throws Exception {
        Path catalog = folder.resolve("catalog.xlsx");
        Path audit = folder.resolve("audit.xlsx");
        try (org.linkwell.app.AppContext context = org.linkwell.app.AppContext.open(folder.resolve("clinic.db"),
                org.linkwell.testing.TestDatabases.CLOCK)) {
            context.signIn().createFirstAdministrator("Amina Diallo", "amina", "a long enough password".toCharArray());
            context.sampleData().loadBundled();
            long someone = context.clients().search("ma", org.linkwell.clients.StatusFilter.ALL, 1).get(0).id();
            context.clients().open(someone);
            context.exchange().exportXlsx(catalog);
            assertTrue(context.auditViewer().export(new org.linkwell.audit.AuditQuery.ByClient(someone), audit) > 0);
        }
        assertEquals(List.of(), problems(catalog), "catalog workbook");
        assertEquals(List.of(), problems(audit), "audit workbook");
    }

    private static List<String> problems(Path file) throws Exception {
        List<String> problems = new ArrayList<>();
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            for (PackagePart part : workbook.getParts()) {
                Optional<XmlObject> xml = parse(part);
                List<XmlError> errors = new ArrayList<>();
                if (xml.isPresent() && !xml.get().validate(new XmlOptions().setErrorListener(errors))) {
                    problems.add(part.getPartName().getName() + ": " + errors.get(0));
                }
            }
            workbook.revert();
        }
        return problems;
    }

    /** The part as its schema type, or empty for parts with no spreadsheet schema (relationships, core properties). */
    private static Optional<XmlObject> parse(PackagePart part) throws Exception {
        if (part instanceof PackagePropertiesPart || part.getContentType().contains("relationships")) {
            return Optional.empty();
        }
        String name = part.getPartName().getName();
        try (InputStream in = part.getInputStream()) {
            return Optional.ofNullable(typed(name, in));
        }
    }

    private static XmlObject typed(String name, InputStream in) throws XmlException, java.io.IOException {
        if (name.startsWith("/xl/worksheets/")) {
            return WorksheetDocument.Factory.parse(in);
        }
        if (name.startsWith("/xl/charts/")) {
            return ChartSpaceDocument.Factory.parse(in);
        }
        if (name.startsWith("/xl/drawings/")) {
            return CTDrawing.Factory.parse(in, new XmlOptions().setLoadReplaceDocumentElement(null));
        }
        return switch (name) {
            case "/xl/workbook.xml" -> WorkbookDocument.Factory.parse(in);
            case "/xl/styles.xml" -> StyleSheetDocument.Factory.parse(in);
            case "/xl/sharedStrings.xml" -> SstDocument.Factory.parse(in);
            case "/docProps/app.xml" -> PropertiesDocument.Factory.parse(in);
            default -> throw new AssertionError("a part this check does not know: " + name);
        };
    }
}
