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

        List<String> problems = new ArrayList<>();
        int checked = 0;
        try (OPCPackage workbook = OPCPackage.open(out.toFile(), PackageAccess.READ)) {
            for (PackagePart part : workbook.getParts()) {
                Optional<XmlObject> xml = parse(part);
                if (xml.isEmpty()) {
                    continue;
                }
                checked++;
                List<XmlError> errors = new ArrayList<>();
                if (!xml.get().validate(new XmlOptions().setErrorListener(errors))) {
                    problems.add(part.getPartName().getName() + ": " + errors.get(0));
                }
            }
            workbook.revert();
        }
        assertEquals(List.of(), problems);
        assertTrue(checked >= 7 + 2 + 4, "every sheet, both charts, workbook, styles, strings, drawing: " + checked);
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
