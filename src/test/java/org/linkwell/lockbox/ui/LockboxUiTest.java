package org.linkwell.lockbox.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.linkwell.db.Tables.AUDIT_EVENT;
import static org.linkwell.db.Tables.BREAK_GLASS_ACCESS;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.Test;
import org.linkwell.clients.Client;
import org.linkwell.clients.EquityQuestion;
import org.linkwell.clients.ui.ClientsPage;
import org.linkwell.core.Access;
import org.linkwell.core.AuditChain;
import org.linkwell.lockbox.BreakGlassKind;
import org.linkwell.lockbox.RecordPart;
import org.linkwell.referrals.Encounter;
import org.linkwell.testing.LinkwellUiTest;
import org.linkwell.testing.TestClients;
import org.linkwell.ui.PageId;
import org.testfx.api.FxRobot;

/** What a client withholds is hidden on their page, with a notice, and shows once the glass is broken with a reason. */
class LockboxUiTest extends LinkwellUiTest {
    static final String NOTE = "Spoke about her brother's overdose";
    static final String REASON = "Client in crisis on the phone, need the last notes";
    static final String NOTICE = "Part of this record is withheld at the client's request.";

    private long clientWithNotesAndEquity() {
        Client draft = TestClients.draft("Rita", "Desjardins", "CHC-77", LocalDate.of(1950, 1, 1));
        long clientId = context.clients().create(new Client(0, 0, draft.identity(), draft.contact(), draft.consent(),
                draft.strengths(), draft.needs(), draft.barriers(),
                new Client.Equity(Map.of(EquityQuestion.INDIGENOUS, "metis")), draft.closure())).id();
        context.encounters().record(new Encounter(0, 0, clientId, Optional.empty(), Optional.empty(),
                LocalDate.of(2026, 11, 20), Encounter.Mode.PHONE, 20, NOTE, "", Optional.empty(), false));
        return clientId;
    }

    private void openClient(FxRobot robot, long clientId) {
        robot.interact(() -> window.shell().show(PageId.CLIENTS));
        settle();
        robot.interact(() -> window.shell().<ClientsPage>page(PageId.CLIENTS).open(clientId));
        settle();
    }

    private void selectTab(FxRobot robot, String id) {
        TabPane tabs = robot.lookup(".tab-pane").match(n -> ((TabPane) n).getTabs().stream()
                .anyMatch(t -> id.equals(t.getId()))).queryAs(TabPane.class);
        Tab tab = tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(tab));
        settle();
    }

    /** Every text a person can see in the main window now. */
    private String onScreen(FxRobot robot) {
        return robot.lookup(node -> (node instanceof Labeled || node instanceof TextInputControl) && shown(node))
                .queryAll().stream().map(node -> node instanceof Labeled labeled ? labeled.getText()
                        : ((TextInputControl) node).getText())
                .filter(text -> text != null).collect(Collectors.joining("\n"));
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /** Opens the break-glass dialog from the visible notice (it is modal: not through interact). */
    private void pressBreakGlass(FxRobot robot) {
        Button button = robot.lookup(".lockbox-break-glass").match(this::shownNode).queryButton();
        Platform.runLater(button::fire);
        robot.sleep(300);
        WaitForDialog.until(robot, "#glass-reason");
    }

    private List<Boolean> views(long clientId) {
        return context.database().read(dsl -> dsl.select(AUDIT_EVENT.BREAK_GLASS).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ACTION.eq("view").and(AUDIT_EVENT.RECORD_ID.eq(clientId)))
                .orderBy(AUDIT_EVENT.ID).fetch(AUDIT_EVENT.BREAK_GLASS));
    }

    private boolean shownNode(Node node) {
        return shown(node);
    }

    @Test
    void withheldNotesAndEquity_areHiddenWithANotice_andShowAfterBreakingTheGlassWithAReason(FxRobot robot) {
        long clientId = clientWithNotesAndEquity();
        Access desk = context.session();
        context.lockbox().add(clientId, RecordPart.NOTES, Optional.empty(), desk);
        context.lockbox().add(clientId, RecordPart.EQUITY, Optional.empty(), desk);

        openClient(robot, clientId);
        assertTrue(robot.lookup("#client-equity").tryQuery().map(n -> !shown(n)).orElse(true), "equity section gone");
        assertTrue(onScreen(robot).contains(NOTICE), "the equity section says something is withheld");
        selectTab(robot, "tab-journey");
        String journey = onScreen(robot);
        assertFalse(journey.contains(NOTE), journey);
        assertTrue(journey.contains(NOTICE), journey);
        assertTrue(journey.contains("Phone contact") || journey.contains("20"), "the contact itself still shows: " + journey);

        int viewsBefore = views(clientId).size();
        assertFalse(views(clientId).contains(true));

        pressBreakGlass(robot);
        ComboBox<BreakGlassKind> kind = robot.lookup("#glass-kind").queryComboBox();
        TextArea reason = robot.lookup("#glass-reason").query();
        Button confirm = robot.lookup("#glass-confirm").queryButton();
        robot.interact(() -> {
            kind.setValue(BreakGlassKind.SAFETY);
            reason.setText("urgent");
        });
        robot.interact(confirm::fire);
        assertTrue(robot.lookup("#glass-problem").query().isVisible(), "a reason under ten characters is refused");
        assertTrue(reason.getScene().getWindow().isShowing(), "the dialog stays open");
        assertEquals(0, (int) context.database().read(dsl -> dsl.fetchCount(BREAK_GLASS_ACCESS)));
        assertTrue(robot.lookup("#glass-warning").queryLabeled().getText().contains("logged"));

        robot.interact(() -> reason.setText(REASON));
        robot.interact(confirm::fire);
        settle();

        String opened = onScreen(robot);
        assertTrue(opened.contains(NOTE), opened);
        assertTrue(opened.contains("You broke the glass on this record until"), opened);
        assertEquals(REASON, context.database().read(dsl -> dsl.select(BREAK_GLASS_ACCESS.REASON)
                .from(BREAK_GLASS_ACCESS).fetchSingle(BREAK_GLASS_ACCESS.REASON)));
        List<Boolean> after = views(clientId).subList(viewsBefore, views(clientId).size());
        assertEquals(List.of(true, true), after, "the break itself, then the journey seen again: both flagged");

        selectTab(robot, "tab-record");
        robot.interact(() -> window.shell().<ClientsPage>page(PageId.CLIENTS).open(clientId));
        settle();
        assertTrue(robot.lookup("#client-equity").tryQuery().map(this::shownNode).orElse(false),
                "equity answers show while the glass is open");
        assertEquals(Optional.empty(), AuditChain.firstBrokenRow(context.database()));
    }

    @Test
    void wholeRecordWithheld_listAndPageShowTheNameAndTheNoticeOnly_untilTheGlassIsBroken(FxRobot robot) {
        long clientId = clientWithNotesAndEquity();
        context.lockbox().add(clientId, RecordPart.WHOLE_RECORD, Optional.empty(), context.session());

        robot.interact(() -> window.shell().show(PageId.CLIENTS));
        settle();
        TableView<?> list = robot.lookup("#client-table").queryTableView();
        robot.interact(() -> window.shell().<ClientsPage>page(PageId.CLIENTS).list().refresh());
        settle();
        String row = onScreen(robot);
        assertTrue(row.contains("Desjardins, Rita — withheld at the client's request"), row);
        assertFalse(row.contains("555"), "no phone or birth date in the list");
        assertEquals(1, list.getItems().size());

        openClient(robot, clientId);
        String page = onScreen(robot);
        assertTrue(page.contains("Rita Desjardins") || page.contains("Desjardins, Rita"), page);
        assertTrue(page.contains("This client's record is withheld at their request."), page);
        assertTrue(robot.lookup("#client-locked").tryQuery().map(this::shownNode).orElse(false));
        assertFalse(robot.lookup("#client-save").tryQuery().map(this::shownNode).orElse(false), "nothing to save");
        assertFalse(robot.lookup(".tab-pane").tryQuery().map(this::shownNode).orElse(false), "no tabs");

        pressBreakGlass(robot);
        ComboBox<BreakGlassKind> kind = robot.lookup("#glass-kind").queryComboBox();
        TextArea reason = robot.lookup("#glass-reason").query();
        robot.interact(() -> {
            kind.setValue(BreakGlassKind.CLIENT_PRESENT);
            reason.setText("The client is here to withdraw the directive");
        });
        robot.interact(robot.lookup("#glass-confirm").queryButton()::fire);
        settle();

        assertFalse(robot.lookup("#client-locked").tryQuery().map(this::shownNode).orElse(false));
        assertEquals("Rita", robot.lookup("#client-givenName").<TextInputControl>query().getText());
        selectTab(robot, "tab-privacy");
        TableView<?> directives = robot.lookup("#lockbox-directives").queryTableView();
        assertEquals(1, directives.getItems().size(), "the Privacy tab lists the directive, to withdraw it");
    }
}
