package org.linkwell.app;

import java.time.Clock;
import org.linkwell.clients.ClientRepository;
import org.linkwell.core.Audit;
import org.linkwell.core.Database;

/** What the desktop needs from the sample CHC: is the file empty, and load the bundled data. */
public interface SampleData {
    boolean isDatabaseEmpty();

    /** Loads the bundled sample CHC; returns how many clients were added. */
    int loadBundled();

    static SampleData wire(Database database, ClientRepository clients, Audit audit, Clock clock) {
        return new SampleData() {
            @Override
            public boolean isDatabaseEmpty() {
                return false;
            }

            @Override
            public int loadBundled() {
                return 0;
            }
        };
    }
}
