package org.linkwell.clients.ui;

import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;
import org.linkwell.clients.ClientService;
import org.linkwell.clients.ClientSummary;
import org.linkwell.clients.SearchQuery;
import org.linkwell.clients.StatusFilter;
import org.linkwell.core.Messages;
import org.linkwell.ui.BackgroundTasks;

/**
 * Search as you type. Keystrokes are gathered for a moment before a query runs in the
 * background, and an answer that arrives after a newer question is dropped.
 */
public final class ClientListViewModel {
    static final Duration TYPING_PAUSE = Duration.millis(120);

    private final ClientService service;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<StatusFilter> filter = new SimpleObjectProperty<>(StatusFilter.OPEN);
    private final ObservableList<ClientSummary> results = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final PauseTransition typing = new PauseTransition(TYPING_PAUSE);
    private org.linkwell.ui.ClientPrivacy privacy = org.linkwell.ui.ClientPrivacy.NONE;
    private java.util.Set<Long> withheld = java.util.Set.of();
    private long asked;

    public ClientListViewModel(ClientService service, BackgroundTasks tasks, Messages messages) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        typing.setOnFinished(event -> refresh());
        query.addListener((obs, old, now) -> typing.playFromStart());
        filter.addListener((obs, old, now) -> refresh());
    }

    public void refresh() {
        typing.stop();
        long question = ++asked;
        String typed = query.get();
        StatusFilter chosen = filter.get();
        tasks.run(() -> {
            List<ClientSummary> found = service.search(typed, chosen, ClientService.DEFAULT_LIMIT);
            java.util.Set<Long> hidden = privacy.wholeRecordWithheld(found.stream().map(ClientSummary::id).toList());
            return new Found(found.stream().map(c -> hidden.contains(c.id()) ? nameOnly(c) : c).toList(), hidden);
        }, found -> {
            if (question == asked) {
                withheld = found.withheld();
                show(typed, found.clients());
            }
        });
    }

    private record Found(List<ClientSummary> clients, java.util.Set<Long> withheld) {
    }

    /** A client whose whole record is withheld stays findable, so staff know there is a record: name and chart only. */
    private static ClientSummary nameOnly(ClientSummary c) {
        return new ClientSummary(c.id(), c.chartNumber(), c.givenName(), c.familyName(), c.preferredName(),
                java.util.Optional.empty(), "", c.closed());
    }

    public void setPrivacy(org.linkwell.ui.ClientPrivacy privacy) {
        this.privacy = privacy;
    }

    /** Whether this row's client withholds their whole record from the person at the desk. */
    public boolean isWithheld(ClientSummary row) {
        return withheld.contains(row.id());
    }

    private void show(String typed, List<ClientSummary> found) {
        results.setAll(found);
        boolean searching = typed != null && !typed.isBlank();
        if (searching && typed.strip().length() < SearchQuery.MIN_LENGTH) {
            summary.set(messages.get("clients.list.typeMore"));
        } else if (found.isEmpty()) {
            summary.set(messages.get(searching ? "clients.list.noMatch" : "clients.list.empty"));
        } else if (found.size() >= ClientService.DEFAULT_LIMIT) {
            summary.set(messages.get(searching ? "clients.list.manyMatches" : "clients.list.recentMany", found.size()));
        } else {
            summary.set(messages.get(searching ? "clients.list.matches" : "clients.list.recent", found.size()));
        }
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<StatusFilter> filterProperty() {
        return filter;
    }

    public ObservableList<ClientSummary> results() {
        return results;
    }

    public StringProperty summaryProperty() {
        return summary;
    }
}
