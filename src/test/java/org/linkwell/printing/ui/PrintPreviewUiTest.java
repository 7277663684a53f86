package org.linkwell.printing.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.linkwell.clients.Client;
import org.linkwell.referrals.PrescriptionStatus;
import org.linkwell.referrals.Referral;
import org.linkwell.referrals.ReferralReason;
import org.linkwell.referrals.SocialPrescription;
import org.linkwell.testing.LinkwellUiTest;
import org.linkwell.testing.TestClients;
import org.linkwell.testing.TestPrograms;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** From a client's page: Print → client copy → preview → save as PDF; and the EMR text. */
class PrintPreviewUiTest extends LinkwellUiTest {

    private void openJourney(FxRobot robot) {
        Client draft = TestClients.draft("Josephine", "Lavigne", "CHC-501", LocalDate.of(1952, 3, 4));
        Client.Identity id = draft.identity();
        long clientId = context.clients().create(new Client(0, 0, new Client.Identity(id.chartNumber(), id.givenName(),
                id.familyName(), "Jo", "", id.dateOfBirth(), "", id.language(), ""), draft.contact(), draft.consent(),
                draft.strengths(), draft.needs(), draft.barriers(), draft.equity(), draft.closure())).id();
        long programId = context.programs().save(TestPrograms.walkingGroup()).id();
        Referral referral = context.referrals().create(Referral.draft(clientId, Optional.empty(), LocalDate.of(2026, 11, 3),
                Set.of(ReferralReason.LONELINESS)));
        SocialPrescription p = context.prescriptions().create(SocialPrescription.forProgram(clientId,
                Optional.of(referral.id()), programId));
        context.prescriptions().changeStatus(p.id(), p.version(), PrescriptionStatus.AGREED, "");
        robot.clickOn("#nav-clients");
        settle();
        robot.clickOn("#client-search").write("lavigne");
        robot.sleep(250);
        settle();
        robot.type(KeyCode.ENTER);
        settle();
        TabPane tabs = robot.lookup(".tab-pane").match(n -> n.lookup("#journey-panel") != null).queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        settle();
    }

    private void choose(FxRobot robot, String itemId) {
        MenuButton menu = robot.lookup("#print-menu").query();
        MenuItem item = menu.getItems().stream().filter(i -> itemId.equals(i.getId())).findFirst().orElseThrow();
        // Not interact(): the item opens a modal dialog, which would block until it closes.
        Platform.runLater(item::fire);
        robot.sleep(300);
        settle();
    }

    @Test
    void clientCopy_previewThenSaveAsPdf(FxRobot robot) throws IOException, TimeoutException {
        openJourney(robot);

        choose(robot, "print-client-copy");
        Node pane = robot.lookup("#print-preview").query();
        assertTrue(robot.lookup("#print-preview").queryAll().stream().anyMatch(Node::isVisible));
        PreviewDialog preview = PreviewDialog.of(pane);
        // The pages are drawn in the background after the dialog opens.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> preview.pagesShown() > 0);
        assertEquals(1, preview.pagesShown(), "the page is shown");
        Path file = folder.resolve("jo.pdf");
        robot.interact(() -> preview.saveTo(file));
        settle();

        assertTrue(Files.exists(file));
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(file))) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Jo Lavigne"), text);
            assertTrue(text.contains("Tuesday Walking Group"), text);
        }
        assertEquals("Saved as jo.pdf.", robot.lookup("#print-status").queryLabeled().getText());
        robot.clickOn("Close");
    }

    @Test
    void emrText_isShownReadyToCopy(FxRobot robot) {
        openJourney(robot);

        choose(robot, "print-emr-text");
        TextArea text = robot.lookup("#emr-text").query();
        assertTrue(text.getText().contains("Chart number: CHC-501"), text.getText());
        robot.clickOn("#emr-copy");
        assertEquals("Copied. Paste it into the EMR.", robot.lookup("#emr-copied").queryLabeled().getText());
        robot.clickOn("Close");
    }
}
