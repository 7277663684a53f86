package org.linkwell.referrals.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import org.linkwell.ui.Dates;
import org.linkwell.ui.TextZoom;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.linkwell.core.Messages;
import org.linkwell.referrals.Encounter;
import org.linkwell.referrals.EncounterService;
import org.linkwell.referrals.StaffMember;
import org.linkwell.referrals.StaffService;
import org.linkwell.ui.AccessibleRows;
import org.linkwell.ui.BackgroundTasks;
import org.linkwell.ui.ClientPanel;
import org.linkwell.ui.Forms;

/**
 * The client's appointments for the front desk: when each contact was, how, with whom, and the follow-up date agreed,
 * newest first, with the next follow-up on top. Dates and people only: what was said stays with the care team.
 */
public final class AppointmentsPanel implements ClientPanel {
    private final EncounterService encounters;
    private final StaffService staff;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Clock clock;
    private final TableView<Encounter> table = new TableView<>();
    private final Label next = new Label();
    private final ScrollPane view;
    private Map<Long, String> names = Map.of();
    private long shown;

    private record Loaded(List<Encounter> appointments, Map<Long, String> names) {
    }

    public AppointmentsPanel(EncounterService encounters, StaffService staff, BackgroundTasks tasks, Messages messages,
                             Clock clock) {
        this.encounters = encounters;
        this.staff = staff;
        this.tasks = tasks;
        this.messages = messages;
        this.clock = clock;
        table.setId("appointments-table");
        table.setAccessibleText(messages.get("appointments.title"));
        AccessibleRows.describe(table, messages);
        table.setPlaceholder(new Label(messages.get("appointments.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // Dates sort as dates and keep room for "Sep. 21, 2026" at any text size.
        TableColumn<Encounter, LocalDate> date = Dates.column(messages.get("appointments.column.date"),
                e -> Optional.of(e.occurredOn()), messages);
        TableColumn<Encounter, LocalDate> followUp = Dates.column(messages.get("appointments.column.next"),
                Encounter::nextStepDueOn, messages);
        TextZoom.minWidth(date, 120);
        TextZoom.minWidth(followUp, 120);
        TableColumn<Encounter, String> with = column("appointments.column.with",
                e -> e.navigatorId().map(id -> names.getOrDefault(id, "")).orElse(""));
        TextZoom.minWidth(with, 120);
        table.getColumns().setAll(List.of(date,
                column("appointments.column.kind", e -> messages.get(e.mode().messageKey())), with, followUp));
        table.setPrefHeight(280);
        next.setId("appointments-next");
        next.setWrapText(true);
        Label help = new Label(messages.get("appointments.help"));
        help.setWrapText(true);
        help.getStyleClass().add("text-muted");
        VBox content = new VBox(Forms.section(messages.get("appointments.title"), new VBox(10, next, table, help)));
        content.setPadding(new Insets(12, 24, 24, 24));
        // Fitted to the width, so the sentences wrap instead of being cut off.
        view = new ScrollPane(content);
        view.setFitToWidth(true);
        view.setId("appointments-panel");
    }

    @Override
    public String title() {
        return messages.get("appointments.title");
    }

    @Override
    public Node view() {
        return view;
    }

    /** Appointment dates are contact details: open to everyone at the desk, not only to the client's care team. */
    @Override
    public boolean needsWholeRecord() {
        return false;
    }

    @Override
    public void show(long clientId) {
        long asked = ++shown;
        table.getItems().clear();
        next.setText("");
        tasks.run(() -> new Loaded(encounters.forClient(clientId), staff.all().stream()
                .collect(Collectors.toMap(StaffMember::id, StaffMember::name))), loaded -> {
                    if (asked == shown) {
                        names = loaded.names();
                        table.getItems().setAll(loaded.appointments());
                        next.setText(nextFollowUp(loaded.appointments()));
                    }
                });
    }

    private String nextFollowUp(List<Encounter> appointments) {
        LocalDate today = LocalDate.now(clock);
        Optional<LocalDate> due = appointments.stream().filter(e -> !e.nextStepDone())
                .flatMap(e -> e.nextStepDueOn().stream()).min(Comparator.naturalOrder());
        return due.map(on -> on.isBefore(today) ? messages.get("appointments.overdue", messages.date(on))
                : messages.get("appointments.next", messages.date(on))).orElse(messages.get("appointments.noNext"));
    }

    private TableColumn<Encounter, String> column(String key, Function<Encounter, String> value) {
        TableColumn<Encounter, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
        return column;
    }
}
