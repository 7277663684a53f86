package org.linkwell.app;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.linkwell.core.Backups;
import org.linkwell.core.Messages;
import org.linkwell.ui.BackgroundTasks;
import org.linkwell.ui.Navigator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The daily backup while the app runs: checked at start and every hour, made when a day has passed. */
final class DailyBackup {
    private static final Logger LOG = LoggerFactory.getLogger(DailyBackup.class);

    private DailyBackup() {
    }

    static Timeline start(Backups backups, BackgroundTasks tasks, Messages messages, Navigator navigator) {
        Runnable check = () -> tasks.run(backups::backupIfDue,
                written -> written.ifPresent(file -> navigator.say(messages.get("settings.backup.done",
                        file.getFileName().toString()))),
                failure -> {
                    // A missing network drive must not interrupt the work with a dialog every hour.
                    LOG.warn("the daily backup failed", failure);
                    navigator.say(messages.get("backup.daily.failed"));
                });
        check.run();
        Timeline hourly = new Timeline(new KeyFrame(Duration.hours(1), event -> check.run()));
        hourly.setCycleCount(Animation.INDEFINITE);
        hourly.play();
        return hourly;
    }
}
