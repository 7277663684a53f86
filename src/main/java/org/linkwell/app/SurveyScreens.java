package org.linkwell.app;

import org.linkwell.clients.ui.ClientsPage;
import org.linkwell.dashboard.ui.DashboardPage;
import org.linkwell.settings.ui.SettingsPage;
import org.linkwell.surveys.ui.InstrumentSettings;
import org.linkwell.surveys.ui.SurveysDueList;
import org.linkwell.surveys.ui.SurveysPanel;
import org.linkwell.ui.BackgroundTasks;
import org.linkwell.ui.ErrorReporter;
import org.linkwell.ui.PageId;
import org.linkwell.ui.Shell;

/** Adds the survey feature's parts to pages owned by others: the dashboard's worklist, the settings' instruments. */
final class SurveyScreens {
    private SurveyScreens() {
    }

    static DashboardPage withSurveysDue(DashboardPage page, AppContext context, BackgroundTasks tasks, Shell shell) {
        if (!context.session().may(org.linkwell.core.Permission.SURVEYS)) {
            return page;
        }
        SurveysDueList due = new SurveysDueList(context.surveys(), context.clients(), tasks, context.messages(),
                clientId -> {
                    shell.show(PageId.CLIENTS);
                    shell.<ClientsPage>page(PageId.CLIENTS).open(clientId);
                    SurveysPanel.reveal(shell.root());
                });
        page.addWorklist(due.view(), due::refresh);
        return page;
    }

    static SettingsPage withInstruments(SettingsPage page, AppContext context, BackgroundTasks tasks,
                                        ErrorReporter errors) {
        page.addSection(new InstrumentSettings(context.surveys(), tasks, context.messages(), errors).view());
        return page;
    }
}
