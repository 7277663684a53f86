package org.linkwell.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.linkwell.clients.ui.ClientsPage;
import org.linkwell.referrals.Referral;
import org.linkwell.referrals.ReferralStatus;
import org.linkwell.sampledata.SampleCatalogLoader;
import org.linkwell.ui.PageId;
import org.testfx.api.FxRobot;

/**
 * Visits every page, every tab of a client's page and the main dialogs, with the sample CHC loaded, and
 * hands each screen to {@link #look}. Every dialog must close on Escape without saving anything.
 */
public abstract class ScreenWalk extends LinkwellUiTest {
    private FxRobot robot;
    private final List<String> keyboardProblems = new java.util.ArrayList<>();

    /** Checks what is on screen now: every showing window, named by {@code where}. */
    protected abstract void look(String where, Window window);

    protected void loadSampleClinic() {
        context.sampleData().loadBundled();
        SampleCatalogLoader.loadBundled(context.exchange());
        context.sampleJourneys().loadBundled();
        context.sampleSurveys().loadBundled();
        // LinkwellUiTest signs in the administrator, who sees every page and settings section, logins included.
    }

    protected final void walkEveryScreen(FxRobot driver) {
        this.robot = driver;
        page(PageId.DASHBOARD, "dashboard");
        page(PageId.CLIENTS, "clients list");
        walkClient();
        page(PageId.REFERRALS, "referrals");
        tab("#referrals-page", 1, "referrals: staff");
        dialog("staff dialog", () -> fire("#staff-add"));
        page(PageId.PROGRAMS, "programs");
        ListView<?> programs = robot.lookup("#program-list").queryListView();
        robot.interact(() -> programs.getSelectionModel().select(0));
        settle();
        lookEverywhere("a program");
        dialog("program editor (new)", () -> fire("#program-new"));
        dialog("program editor (edit)", () -> fire("#program-edit"));
        tab("#programs-page", 1, "programs: partner organisations");
        dialog("organisation dialog", () -> fire("#organization-new"));
        page(PageId.SURVEYS, "surveys");
        robot.interact(() -> fire("#outcomes-show"));
        settle();
        lookEverywhere("surveys: outcomes shown");
        page(PageId.REPORTS, "reports");
        robot.interact(() -> fire("#report-show"));
        settle();
        lookEverywhere("reports: figures shown");
        page(PageId.SETTINGS, "settings");
        dialog("about", () -> menuItem("help-about"));
        dialog("keyboard shortcuts", () -> menuItem("help-shortcuts"));
        dialog("user guide", () -> menuItem("help-guide"));
        dialog("change my password", () -> accountItem("account-change-password"));
    }

    private void walkClient() {
        long clientId = context.referrals().withStatus(List.of(ReferralStatus.IN_PROGRESS)).stream()
                .map(Referral::clientId).filter(id -> !context.prescriptions().forClient(id).isEmpty()).findFirst()
                .orElseThrow();
        ClientsPage clients = window.shell().page(PageId.CLIENTS);
        robot.interact(() -> clients.open(clientId));
        settle();
        lookEverywhere("client: record");
        dialog("add an interest", () -> fire("#interest-add"));
        dialog("close the client", () -> fire("#client-close"));
        tab("#clients-page", 1, "client: journey");
        dialog("new referral", () -> fire("#journey-new-referral"));
        dialog("assign a navigator", () -> fire("#journey-assign"));
        dialog("referral status", () -> fire("#journey-referral-status"));
        dialog("contact (encounter)", () -> fire("#journey-contact"));
        dialog("next step done", () -> fire("#journey-next-done"));
        dialog("prescribe", () -> fire("#journey-prescribe"));
        TableView<?> prescriptions = robot.lookup("#journey-prescriptions").queryTableView();
        robot.interact(() -> prescriptions.getSelectionModel().select(0));
        dialog("prescription status", () -> fire("#journey-prescription-status"));
        dialog("Health Champion", () -> fire("#journey-champion"));
        dialog("EMR summary", () -> printItem("print-emr-text"));
        dialog("partner note", () -> printItem("print-partner-note"));
        dialog("print preview", () -> printItem("print-client-copy"));
        tab("#clients-page", 2, "client: surveys");
        dialog("survey entry", () -> fire("#surveys-enter"));
        dialog("other survey", () -> fire("#surveys-other"));
        dialog("survey declined", () -> fire("#surveys-declined"));
        context.referrals().withStatus(List.of(ReferralStatus.REQUESTED)).stream().findFirst().ifPresent(waiting -> {
            robot.interact(() -> clients.open(waiting.clientId()));
            settle();
            tab("#clients-page", 1, "client: journey of a new referral");
            dialog("assign a navigator", () -> fire("#journey-assign"));
        });
        robot.interact(() -> fire("#client-new"));
        settle();
        lookEverywhere("new client");
    }

    private void page(PageId id, String where) {
        robot.clickOn("#" + id.idForTests());
        settle();
        lookEverywhere(where);
    }

    private void tab(String inside, int index, String where) {
        Node page = robot.lookup(inside).query();
        TabPane tabs = page instanceof TabPane own ? own : robot.lookup(inside + " .tab-pane").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(index));
        settle();
        lookEverywhere(where);
    }

    protected final void lookEverywhere(String where) {
        for (Window window : showing()) {
            seen(where, window);
        }
    }

    /**
     * Opens a dialog (later, as a modal dialog blocks), looks at it, closes it with Escape and checks that
     * nothing was saved. An empty opener checks a dialog the screen shows by itself, or none.
     */
    private void dialog(String where, Runnable open) {
        List<Window> before = showing();
        long changes = changes();
        Platform.runLater(open);
        robot.sleep(400);
        settle();
        List<Window> opened = showing();
        opened.removeAll(before);
        if (opened.isEmpty()) {
            keyboardProblems.add(where + ": no window opened");
            return;
        }
        for (Window window : opened) {
            seen(where, window);
            KeyboardCheck.defaultButton(window).forEach(problem -> keyboardProblems.add(where + ": " + problem));
        }
        robot.interact(() -> opened.get(opened.size() - 1).requestFocus());
        robot.type(KeyCode.ESCAPE);
        robot.sleep(200);
        settle();
        List<Window> left = showing();
        left.removeAll(before);
        if (!left.isEmpty()) {
            keyboardProblems.add(where + ": Escape did not close it");
            robot.interact(() -> left.forEach(Window::hide));
            settle();
        }
        if (changes != changes()) {
            keyboardProblems.add(where + ": closing it with Escape saved something");
        }
    }

    private void seen(String where, Window window) {
        look(where, window);
        KeyboardCheck.mnemonics(window).forEach(problem -> keyboardProblems.add(where + ": " + problem));
    }

    /** Every dialog opened, Escape closed each one without saving, and Alt letters reach every button. */
    protected final void assertEveryDialogClosedByEscape() {
        assertEquals(List.of(), new java.util.ArrayList<>(new java.util.LinkedHashSet<>(keyboardProblems)),
                "dialogs, Escape and Alt letters");
    }

    private static List<Window> showing() {
        return new java.util.ArrayList<>(Window.getWindows().stream().filter(Window::isShowing)
                .filter(Stage.class::isInstance).toList());
    }

    /** Rows in every table plus the audit log's changes: any save moves this number. */
    private long changes() {
        return context.database().read(dsl -> {
            long rows = 0;
            for (org.jooq.Table<?> table : org.linkwell.db.DefaultSchema.DEFAULT_SCHEMA.getTables()) {
                if (!table.getName().equals("audit_event")) {
                    rows += dsl.fetchCount(table);
                }
            }
            return rows + dsl.fetchCount(org.linkwell.db.Tables.AUDIT_EVENT,
                    org.linkwell.db.Tables.AUDIT_EVENT.ACTION.ne("view"));
        });
    }

    private void fire(String id) {
        Node node = robot.lookup(id).query();
        ((ButtonBase) node).fire();
    }

    private void printItem(String id) {
        MenuButton menu = robot.lookup("#print-menu").query();
        menu.getItems().stream().filter(item -> id.equals(item.getId())).findFirst().orElseThrow().fire();
    }

    private void accountItem(String id) {
        MenuButton menu = robot.lookup("#account-menu").query();
        menu.getItems().stream().filter(item -> id.equals(item.getId())).findFirst().orElseThrow().fire();
    }

    private void menuItem(String id) {
        MenuBar bar = robot.lookup("#help-menu-bar").query();
        bar.getMenus().get(0).getItems().stream().filter(item -> id.equals(item.getId())).findFirst()
                .ifPresent(MenuItem::fire);
    }
}
