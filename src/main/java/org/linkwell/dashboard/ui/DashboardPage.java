package org.linkwell.dashboard.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.linkwell.clients.ClientService;
import org.linkwell.clients.StatusFilter;
import org.linkwell.clients.ui.ClientsPage;
import org.linkwell.core.Messages;
import org.linkwell.ui.BackgroundTasks;
import org.linkwell.ui.Forms;
import org.linkwell.ui.Navigator;
import org.linkwell.ui.Page;
import org.linkwell.ui.PageId;

/** The start page: the caseload at a glance and the two things a navigator does most. */
public final class DashboardPage implements Page {
    private final ClientService clients;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Label openCount = figure("dashboard-open");
    private final Label closedCount = figure("dashboard-closed");
    private final VBox view;

    public DashboardPage(ClientService clients, BackgroundTasks tasks, Messages messages, Navigator navigator) {
        this.clients = clients;
        this.tasks = tasks;
        this.messages = messages;
        Button find = new Button(messages.get("dashboard.find"), new FontIcon(MaterialDesignM.MAGNIFY));
        find.setId("dashboard-find");
        find.setOnAction(event -> {
            navigator.show(PageId.CLIENTS);
            navigator.<ClientsPage>page(PageId.CLIENTS).focusSearch();
        });
        Button create = new Button(messages.get("clients.new"), new FontIcon(MaterialDesignA.ACCOUNT_PLUS_OUTLINE));
        create.setId("dashboard-new-client");
        create.getStyleClass().add("accent");
        create.setOnAction(event -> {
            navigator.show(PageId.CLIENTS);
            navigator.<ClientsPage>page(PageId.CLIENTS).createNew();
        });
        HBox figures = new HBox(16, card(openCount, messages.get("dashboard.openClients")),
                card(closedCount, messages.get("dashboard.closedClients")));
        Label intro = new Label(messages.get("dashboard.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("help-text");
        view = new VBox(20, Forms.pageTitle(messages.get("nav.dashboard")), intro, figures, new HBox(10, create, find));
        view.setPadding(new Insets(24));
        view.setMaxWidth(900);
    }

    private static Label figure(String id) {
        Label label = new Label("–");
        label.setId(id);
        label.getStyleClass().add("figure");
        return label;
    }

    private static VBox card(Label figure, String caption) {
        Label text = new Label(caption);
        text.getStyleClass().add("figure-caption");
        VBox card = new VBox(4, figure, text);
        card.getStyleClass().add("figure-card");
        card.setAlignment(Pos.CENTER_LEFT);
        card.setPadding(new Insets(16, 20, 16, 20));
        card.setMinWidth(200);
        return card;
    }

    @Override
    public void shown() {
        tasks.run(() -> new int[] {clients.count(StatusFilter.OPEN), clients.count(StatusFilter.CLOSED)}, counts -> {
            openCount.setText(String.format(messages.locale(), "%,d", counts[0]));
            closedCount.setText(String.format(messages.locale(), "%,d", counts[1]));
        });
    }

    @Override
    public Node view() {
        return view;
    }
}
