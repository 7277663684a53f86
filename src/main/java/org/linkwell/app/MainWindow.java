package org.linkwell.app;

import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.linkwell.Version;
import org.linkwell.clients.ui.ClientsPage;
import org.linkwell.core.Messages;
import org.linkwell.core.SettingsStore;
import org.linkwell.dashboard.ui.DashboardPage;
import org.linkwell.help.ui.GuideWindow;
import org.linkwell.help.ui.HelpMenu;
import org.linkwell.printing.ui.ClientDocuments;
import org.linkwell.printing.ui.OrganisationSettingsSection;
import org.linkwell.printing.ui.PrintContext;
import org.linkwell.programs.ui.ProgramsPage;
import org.linkwell.referrals.ui.JourneyPanel;
import org.linkwell.sampledata.SampleCatalogLoader;
import org.linkwell.referrals.ui.JourneyServices;
import org.linkwell.referrals.ui.ReferralsPage;
import org.linkwell.core.AuditChain;
import org.linkwell.settings.ui.BackupSection;
import org.linkwell.reports.ui.ReportsPage;
import org.linkwell.reports.ui.SuppressionSetting;
import org.linkwell.settings.ui.SettingsPage;
import org.linkwell.surveys.ui.SurveysPage;
import org.linkwell.surveys.ui.SurveysPanel;
import org.linkwell.ui.BackgroundTasks;
import org.linkwell.ui.DialogService;
import org.linkwell.ui.ErrorReporter;
import org.linkwell.ui.Page;
import org.linkwell.ui.PageId;
import org.linkwell.ui.PlaceholderPage;
import org.linkwell.ui.Shell;
import org.linkwell.ui.Theme;

/** Builds the shell and its pages on an open context; rebuilds them when the language changes. */
public final class MainWindow {
    private final Stage stage;
    private final AppContext context;
    private final Messages messages;
    private final DialogService dialogs;
    private final ErrorReporter errors;
    private final BackgroundTasks tasks;
    private final GuideWindow guide;
    private Shell shell;
    private boolean backupsOnSchedule;
    private java.util.Optional<Runnable> signOut = java.util.Optional.empty();

    public MainWindow(Stage stage, AppContext context, Executor executor) {
        this.stage = stage;
        this.context = context;
        this.messages = context.messages();
        // JavaFX's own words (text menus, date pickers, chart points) follow the default locale.
        messages.makeDefaultLocale();
        this.dialogs = new DialogService(messages);
        this.errors = new ErrorReporter(messages, dialogs);
        this.tasks = new BackgroundTasks(executor, errors::report);
        dialogs.setOwner(stage);
        this.guide = new GuideWindow(stage, messages, tasks);
    }

    /** The desktop app backs up daily while it runs; tests leave this off. */
    public MainWindow withScheduledBackups() {
        backupsOnSchedule = true;
        return this;
    }

    /** Behind the sign-in screen: the account menu signs out, then {@code signedOut} shows that screen again. */
    public MainWindow withSignOut(Runnable signedOut) {
        signOut = java.util.Optional.of(signedOut);
        return this;
    }

    /** Shows the dashboard; on a brand-new empty file, offers the sample CHC first. */
    public void show() {
        build(RoleScreens.startPage(context.session()));
        stage.setOnCloseRequest(event -> {
            if (!shell.confirmLeaveAll(stage::close)) {
                event.consume();
            }
        });
        stage.show();
        if (backupsOnSchedule) {
            DailyBackup.start(context.backups(), tasks, messages, shell);
        }
        tasks.run(() -> AuditChain.firstBrokenRow(context.database()), broken -> broken.ifPresent(row ->
                dialogs.error(messages.get("audit.broken.title"), messages.get("audit.broken.text", row))));
        tasks.run(this::shouldOfferSampleData, offer -> {
            if (offer) {
                offerSampleData();
            }
        });
    }

    private void build(PageId startAt) {
        shell = new Shell(messages, tasks, this::createPage, messages.get("app.tagline"));
        RoleScreens.hideUnusable(shell, context.session());
        if (stage.getScene() == null) {
            // Never taller or wider than the screen (a 1280×800 laptop would hide the status bar).
            javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
            Scene scene = new Scene(shell.root(), Math.min(1280, screen.getWidth()), Math.min(820, screen.getHeight()));
            stage.setScene(scene);
        } else {
            stage.getScene().setRoot(shell.root());
        }
        shell.addToHeader(new org.linkwell.security.ui.AccountMenu(context.signIn(), tasks, messages, dialogs, errors,
                shell, signOut).button());
        shell.addToHeader(new HelpMenu(messages, dialogs, guide, context.database().file()).menuBar());
        showTitle();
        shell.show(startAt);
    }

    /** "Linkwell 0.1.0", then "Linkwell 0.1.0 — our CHC" once the CHC's name is read. */
    private void showTitle() {
        stage.setTitle(messages.get("app.title", Version.current()));
        tasks.run(() -> context.settings().get(SettingsStore.CHC_NAME).filter(name -> !name.isBlank()),
                name -> name.ifPresent(chc -> stage.setTitle(messages.get("app.title.chc", Version.current(), chc))));
    }

    private Page createPage(PageId id) {
        return switch (id) {
            case DASHBOARD -> SurveyScreens.withSurveysDue(new DashboardPage(context.dashboard(), context.staff(),
                    context.settings(), tasks, messages, shell).withAccess(context.session()), context, tasks, shell);
            case CLIENTS -> LockboxWiring.clientsPage(context, tasks, dialogs, errors, shell, this::journeyPanel,
                    () -> new SurveysPanel(context.surveys(), tasks, messages, dialogs, errors, shell));
            case SURVEYS -> new SurveysPage(context.surveys(), tasks, messages, new org.linkwell.printing.ui.BlankForms(
                    new PrintContext(context.printing(), tasks, messages, dialogs, errors, shell))::preview)
                    .withAccess(context.session());
            case PROGRAMS -> new ProgramsPage(context.programs(), context.clients(), context.exchange(), tasks, messages, dialogs,
                    errors, shell).withAccess(context.session());
            case REFERRALS -> new ReferralsPage(context.referrals(), context.staff(), context.clients(), tasks, messages,
                    dialogs, shell).withPrivacy(LockboxWiring.privacy(context, tasks, dialogs, errors, shell))
                    .withAccess(context.session());
            case REPORTS -> new ReportsPage(context.reports(), tasks, messages, errors, context.clock());
            case AUDIT -> new org.linkwell.audit.ui.AuditViewerPage(context.auditViewer(), context.clients(), tasks,
                    messages, dialogs, shell, context.clock());
            case SETTINGS -> !context.session().may(org.linkwell.core.Permission.ADMINISTRATION)
                    ? new SettingsPage(messages, context.database().file(), this::changeLanguage, this::loadSampleData)
                            .languageOnly()
                    : SurveyScreens.withInstruments(new SettingsPage(messages, context.database().file(),
                    this::changeLanguage, this::loadSampleData, SuppressionSetting.section(context.reports().settings(),
                            tasks, messages, text -> shell.say(text)),
                    new OrganisationSettingsSection(context.printing().settings(), tasks, messages, shell).view())
                    .addSection(new BackupSection(context.backups(), context.database(), tasks, messages, shell).view())
                    .addSection(administratorSection())
                    .addSection(EncryptionScreens.section(context, tasks, dialogs, shell)),
                    context, tasks, errors);
            default -> new PlaceholderPage(id, messages);
        };
    }

    private JourneyPanel journeyPanel() {
        JourneyPanel journey = new JourneyPanel(journeyServices(), tasks, messages, dialogs, errors, shell);
        journey.addAction(new ClientDocuments(new PrintContext(context.printing(), tasks, messages, dialogs, errors, shell),
                journey::clientShown).withAccess(context.session()).view());
        return journey;
    }

    /** Logins and the screen-lock time, for administrators only. */
    private javafx.scene.Node administratorSection() {
        if (!context.session().may(org.linkwell.core.Permission.ADMINISTRATION)) {
            return new javafx.scene.layout.Region();
        }
        return new org.linkwell.security.ui.AccountsSection(context.signIn(), context.staff()::all,
                () -> context.settings().get(SignInGate.IDLE_MINUTES).map(Integer::parseInt)
                        .orElse(SignInGate.DEFAULT_IDLE_MINUTES),
                minutes -> context.settings().put(SignInGate.IDLE_MINUTES, Integer.toString(minutes)),
                tasks, messages, dialogs, shell, context.clock()).view();
    }

    private JourneyServices journeyServices() {
        return new JourneyServices(context.journeys(), context.referrals(), context.encounters(), context.prescriptions(),
                context.champions(), context.staff(), context.programs(), context.clients(), context.settings(),
                context.clock(), context.session());
    }

    private void changeLanguage(Locale locale) {
        if (!shell.confirmLeaveAll(() -> changeLanguage(locale))) {
            return;
        }
        messages.setLocale(locale);
        tasks.run(() -> {
            context.settings().put(SettingsStore.LANGUAGE, locale.toLanguageTag());
            return locale;
        }, saved -> { });
        build(PageId.SETTINGS);
        shell.say(messages.get("settings.language.changed"));
    }

    /** Only once per data file, and only while it holds no clients. */
    private boolean shouldOfferSampleData() {
        if (!context.session().may(org.linkwell.core.Permission.ADMINISTRATION)
                || context.settings().get(SettingsStore.SAMPLE_OFFERED).isPresent()) {
            return false;
        }
        context.settings().put(SettingsStore.SAMPLE_OFFERED, "yes");
        return context.sampleData().isDatabaseEmpty();
    }

    private void offerSampleData() {
        if (dialogs.confirm(messages.get("sample.offer.title"), messages.get("sample.offer.text"),
                messages.get("sample.offer.load"), messages.get("sample.offer.empty"))) {
            loadSampleData();
        }
    }

    void loadSampleData() {
        shell.say(messages.get("sample.loading"));
        tasks.run(() -> {
            var result = context.sampleData().loadBundled();
            SampleCatalogLoader.loadBundled(context.exchange());
            context.sampleJourneys().loadBundled();
            context.sampleSurveys().loadBundled();
            return result;
        }, result -> {
            shell.say(messages.get("sample.loaded", result.created(), result.skipped()));
            Page current = shell.page(shell.current());
            current.shown();
        });
    }

    public Shell shell() {
        return shell;
    }

    public BackgroundTasks tasks() {
        return tasks;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    static void applyTheme(Stage stage) {
        Theme.install();
        for (String icon : new String[] {"app-icon-32.png", "app-icon-256.png"}) {
            stage.getIcons().add(new javafx.scene.image.Image(
                    MainWindow.class.getResource("/org/linkwell/ui/" + icon).toExternalForm(), true));
        }
        stage.setMinWidth(1024);
        stage.setMinHeight(680);
    }

    static void runOnFx(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }
}
