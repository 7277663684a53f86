package org.linkwell.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkwell.app.AppContext;
import org.linkwell.core.Access;
import org.linkwell.core.Messages;
import org.linkwell.lockbox.RecordPart;
import org.linkwell.referrals.Referral;
import org.linkwell.referrals.ReferralReason;
import org.linkwell.referrals.SocialPrescription;
import org.linkwell.testing.TestClients;
import org.linkwell.testing.TestDatabases;
import org.linkwell.testing.TestPrograms;

/** A client whose whole record is withheld is counted in the funder report but never itemised in its Data sheet. */
class DataSheetLockboxTest {
    static final ReportPeriod NOVEMBER = new ReportPeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));

    @TempDir
    Path folder;
    AppContext context;
    long withheldClient;

    @BeforeEach
    void twoClientsEachWithTwoPrescriptions() {
        context = TestDatabases.trusted(AppContext.open(folder.resolve("report.db"), TestDatabases.CLOCK));
        context.messages().setLocale(Messages.ENGLISH);
        long walk = context.programs().save(TestPrograms.walkingGroup()).id();
        withheldClient = client("Amara", "K6J 3P5", walk);
        client("Ben", "K6H 1A1", walk);
    }

    private long client(String given, String postalCode, long programId) {
        long id = context.clients().create(TestClients.withPostalCode(
                TestClients.draft(given, "Test", "C-" + given, LocalDate.of(1950, 1, 1)), postalCode)).id();
        Referral referral = context.referrals().create(Referral.draft(id, Optional.empty(), LocalDate.of(2026, 11, 3),
                Set.of(ReferralReason.LONELINESS)));
        context.prescriptions().create(SocialPrescription.forProgram(id, Optional.of(referral.id()), programId));
        context.prescriptions().create(SocialPrescription.forMaterialSupport(id, Optional.of(referral.id()),
                "Good Food Box"));
        return id;
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void wholeRecordWithheld_isCountedInTheFigures_butHasNoRowInTheDataSheet() throws Exception {
        context.lockbox().add(withheldClient, RecordPart.WHOLE_RECORD, Optional.empty(), Access.everything("local"));

        Path out = folder.resolve("november.xlsx");
        FunderReportService.ExportResult result = context.reports().export(NOVEMBER, out, true, fraction -> { });

        assertEquals(4, context.reports().figures(NOVEMBER).summary().prescriptionsMade(), "both clients counted");
        assertEquals(2, result.dataRows());
        assertEquals(List.of("K6H", "K6H"), dataSheetColumn(out, 2), "only the other client's rows, by their area");
    }

    @Test
    void otherDirectives_andWithdrawnOnes_leaveTheDataSheetWhole() throws Exception {
        Access desk = Access.everything("local");
        context.lockbox().add(withheldClient, RecordPart.NOTES, Optional.empty(), desk);
        var whole = context.lockbox().add(withheldClient, RecordPart.WHOLE_RECORD, Optional.empty(), desk);
        context.lockbox().withdraw(whole.id(), whole.version(), desk);

        Path out = folder.resolve("november.xlsx");
        FunderReportService.ExportResult result = context.reports().export(NOVEMBER, out, true, fraction -> { });

        assertEquals(4, result.dataRows());
        assertEquals(List.of("K6H", "K6H", "K6J", "K6J"), dataSheetColumn(out, 2).stream().sorted().toList());
    }

    private static List<String> dataSheetColumn(Path workbookFile, int column) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(workbookFile.toFile())) {
            Sheet data = workbook.getSheet("Data");
            List<String> values = new ArrayList<>();
            for (Row row : data) {
                if (row.getRowNum() > 0) {
                    values.add(row.getCell(column).getStringCellValue());
                }
            }
            return values;
        }
    }
}
