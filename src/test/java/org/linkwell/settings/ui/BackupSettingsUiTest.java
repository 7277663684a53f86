package org.linkwell.settings.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.Button;
import org.junit.jupiter.api.Test;
import org.linkwell.core.BackupFiles;
import org.linkwell.testing.LinkwellUiTest;
import org.testfx.api.FxRobot;

/** Settings → Backups: a manager backs up now, sees when, and checks the data file. */
class BackupSettingsUiTest extends LinkwellUiTest {

    @Test
    void backUpNow_writesACheckedCopy_andShowsWhen(FxRobot robot) {
        robot.clickOn("#nav-settings");
        settle();
        assertEquals("Never", text(robot, "#settings-backup-last"));
        assertEquals(folder.resolve("backups").toString(), text(robot, "#settings-backup-folder"));

        fire(robot, "#settings-backup-now");

        Path written = context.backups().list().get(0);
        BackupFiles.verify(written);
        assertEquals("Backup saved: " + written.getFileName(), window.shell().statusBar().text());
        assertNotEquals("Never", text(robot, "#settings-backup-last"));
    }

    @Test
    void checkTheDataFile_saysItIsSound(FxRobot robot) {
        robot.clickOn("#nav-settings");
        settle();

        fire(robot, "#settings-check-file");

        assertTrue(window.shell().statusBar().text().contains("no damage found"), window.shell().statusBar().text());
    }

    @Test
    void checkTheDataFile_findsAnAuditRowEditedBySql(FxRobot robot) {
        context.clients().create(org.linkwell.testing.TestClients.draft("Ana", "Lopez", "C-1", java.time.LocalDate.of(1970, 1, 1)));
        context.database().run(tx -> {
            tx.execute("DROP TRIGGER audit_event_no_update");
            tx.execute("UPDATE audit_event SET record_id = 99 WHERE id = 1");
        });
        robot.clickOn("#nav-settings");
        settle();

        fire(robot, "#settings-check-file");

        assertEquals("The data file is sound, but the audit log was changed outside Linkwell at entry 1. "
                + "Tell your privacy officer.", window.shell().statusBar().text());
    }

    private void fire(FxRobot robot, String query) {
        Button button = robot.lookup(query).queryButton();
        robot.interact(button::fire);
        settle();
    }
}
