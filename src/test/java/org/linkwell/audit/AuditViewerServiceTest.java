package org.linkwell.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkwell.app.AppContext;
import org.linkwell.core.NotAllowedException;
import org.linkwell.core.ValidationException;
import org.linkwell.referrals.Referral;
import org.linkwell.referrals.ReferralReason;
import org.linkwell.referrals.StaffMember.Role;
import org.linkwell.security.SignedInUser;
import org.linkwell.security.TestSessions;
import org.linkwell.testing.TestClients;
import org.linkwell.testing.TestDatabases;

/** "Who looked at this client?", what a person did, a sample to review; the viewer's own looks are logged. */
class AuditViewerServiceTest {
    @TempDir
    Path folder;
    private AppContext context;
    private SignedInUser manager;
    private SignedInUser navigator;
    private long ana;
    private long ben;

    @BeforeEach
    void aClinicWhereANavigatorWorks() {
        context = AppContext.open(folder.resolve("audit.db"), TestDatabases.CLOCK);
        manager = TestSessions.signInAs(context, Role.MANAGER, "Mona Manager", "mona");
        navigator = TestSessions.signInAs(context, Role.NAVIGATOR, "Nadia Navigator", "nadia");
        TestSessions.switchTo(context.session(), manager);
        ana = context.clients().create(TestClients.draft("Ana", "Lopez", "C-1", LocalDate.of(1970, 1, 1))).id();
        ben = context.clients().create(TestClients.draft("Ben", "Roy", "C-2", LocalDate.of(1971, 1, 1))).id();
        Referral referral = context.referrals().create(Referral.draft(ana, Optional.empty(),
                LocalDate.of(2026, 11, 2), Set.of(ReferralReason.LONELINESS)));
        context.referrals().assign(referral.id(), referral.version(), navigator.staff().id());
        TestSessions.switchTo(context.session(), navigator);
        context.clients().open(ana);
        context.journeys().journey(ana);
        TestSessions.switchTo(context.session(), manager);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void forClient_answersWhoLookedAtThisClient_withNamesActionsAndParts_andLogsTheLook() {
        AuditPage page = context.auditViewer().forClient(ana, 0);

        List<String> lines = page.rows().stream().map(e -> e.who() + " " + e.action() + " " + e.table()).toList();
        assertTrue(lines.contains("Nadia Navigator (nadia) view client"), lines.toString());
        assertTrue(lines.contains("Mona Manager (mona) create client"), lines.toString());
        assertTrue(lines.contains("Mona Manager (mona) create referral"), lines.toString());
        assertTrue(lines.contains("Mona Manager (mona) update referral"), "the assignment: " + lines);
        assertTrue(page.rows().stream().allMatch(e -> e.clientId().equals(Optional.of(ana))), "nothing of Ben's");
        assertTrue(page.rows().stream().allMatch(e -> e.clientLabel().equals("Ana Lopez · C-1")));
        assertEquals("client_audit", context.auditViewer().forClient(ana, 0).rows().get(0).table(),
                "the first look is itself in the client's trail");
    }

    @Test
    void forActor_listsWhatThePersonDidInThePeriod_only() {
        AuditPage page = context.auditViewer().forActor("nadia", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), 0);

        assertEquals(2, page.total());
        assertTrue(page.rows().stream().allMatch(e -> e.actor().equals("nadia") && e.action().equals("view")));
        assertEquals(0, context.auditViewer().forActor("nadia", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), 0)
                .total());
        assertThrows(ValidationException.class, () -> context.auditViewer().forActor("nadia",
                LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 1), 0));
    }

    @Test
    void sample_withTheSameSeed_drawsTheSameRows_andOnlyAccessesToClientRecords() {
        for (int i = 0; i < 30; i++) {
            context.clients().open(i % 2 == 0 ? ana : ben);
        }
        LocalDate from = LocalDate.of(2026, 11, 1);
        LocalDate to = LocalDate.of(2026, 11, 30);

        AuditPage first = context.auditViewer().sample(from, to, 10, 7);
        AuditPage again = context.auditViewer().sample(from, to, 10, 7);
        AuditPage other = context.auditViewer().sample(from, to, 10, 8);

        assertEquals(10, first.rows().size());
        assertEquals(first.rows().stream().map(AuditEntry::id).toList(), again.rows().stream().map(AuditEntry::id).toList());
        assertTrue(!first.rows().equals(other.rows()), "another seed, another sample");
        assertTrue(first.rows().stream().noneMatch(e -> e.table().equals("staff_login")));
        assertThrows(ValidationException.class, () -> context.auditViewer().sample(from, to, 0, 7));
    }

    @Test
    void onlyManagersAndAdministrators_useTheViewer() {
        TestSessions.switchTo(context.session(), navigator);

        assertThrows(NotAllowedException.class, () -> context.auditViewer().forClient(ana, 0));
        assertThrows(NotAllowedException.class, () -> context.auditViewer().actors());
    }

    @Test
    void export_writesAFormattedWorkbook_withTimesAsDates_andLogsTheLook() throws Exception {
        Path out = folder.resolve("ana.xlsx");

        int rows = context.auditViewer().export(new AuditQuery.ByClient(ana), out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(out.toFile())) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("When", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitTopRow(), "the header stays in view");
            assertTrue(DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(0)));
            assertEquals(rows, sheet.getLastRowNum());
            assertTrue(sheet.getColumnWidth(5) > sheet.getColumnWidth(6), "room for the client's name");
            boolean shared = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                shared |= sheet.getRow(r).getCell(3).getStringCellValue().equals("Viewed");
            }
            assertTrue(shared);
        }
        assertTrue(context.auditViewer().forClient(ana, 0).rows().stream()
                .filter(e -> e.table().equals(AuditViewerService.TABLE)).count() >= 2, "export and view both logged");
    }

    @Test
    void aDisclosureReadsAsSharedOutsideTheChc() {
        assertEquals("Shared outside the CHC", new AuditWords(context.messages()).action("disclose"));
        assertEquals("Survey response", new AuditWords(context.messages()).part("survey_response"));
    }
}
