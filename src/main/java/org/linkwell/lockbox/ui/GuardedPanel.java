package org.linkwell.lockbox.ui;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.linkwell.lockbox.RecordPart;
import org.linkwell.lockbox.Withheld;
import org.linkwell.ui.BackgroundTasks;
import org.linkwell.ui.ClientPanel;
import org.linkwell.ui.ClientPrivacy;

/**
 * A tab on the client's page that shows one part of the record (such as the surveys, with their charts): when the
 * client withholds that part, the tab shows the notice instead, and the part is not even read.
 */
public final class GuardedPanel implements ClientPanel {
    private final ClientPanel inner;
    private final RecordPart part;
    private final ClientPrivacy privacy;
    private final BackgroundTasks tasks;
    private final VBox notice = new VBox();
    private final VBox view;
    private long asked;

    public GuardedPanel(ClientPanel inner, RecordPart part, ClientPrivacy privacy, BackgroundTasks tasks) {
        this.inner = inner;
        this.part = part;
        this.privacy = privacy;
        this.tasks = tasks;
        notice.setPadding(new Insets(16, 24, 16, 24));
        notice.setId("guarded-" + part.code());
        notice.managedProperty().bind(notice.visibleProperty());
        inner.view().managedProperty().bind(inner.view().visibleProperty());
        VBox.setVgrow(inner.view(), Priority.ALWAYS);
        view = new VBox(notice, inner.view());
        // The tab is still found by the part's own id (e.g. to open a client on their Surveys tab).
        String id = inner.view().getId();
        if (id != null) {
            view.setId(id);
            inner.view().setId(id + "-part");
        }
        show(false, false);
    }

    @Override
    public String title() {
        return inner.title();
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public boolean needsWholeRecord() {
        return inner.needsWholeRecord();
    }

    @Override
    public void show(long clientId) {
        long question = ++asked;
        show(false, false);
        tasks.run(() -> privacy.withheld(clientId), withheld -> {
            if (question == asked) {
                display(clientId, withheld);
            }
        });
    }

    private void display(long clientId, Withheld withheld) {
        boolean hidden = withheld.hides(part);
        notice.getChildren().setAll(privacy.notice(clientId, withheld, () -> show(clientId)));
        // While the glass is open the reminder stays above the part the person is looking at.
        show(hidden || withheld.glassOpenUntil().isPresent(), !hidden);
        if (!hidden) {
            inner.show(clientId);
        }
    }

    private void show(boolean showNotice, boolean showPart) {
        notice.setVisible(showNotice);
        inner.view().setVisible(showPart);
    }
}
