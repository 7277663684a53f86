package org.linkwell.sampledata;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.linkwell.clients.ClientRepository;
import org.linkwell.core.Audit;
import org.linkwell.core.Database;
import org.linkwell.core.SettingsStore;
import org.linkwell.surveys.InstrumentRepository;
import org.linkwell.surveys.InstrumentService;
import picocli.CommandLine.Model.CommandSpec;

/** The survey step of {@code sample-data load}: after the journeys, from the same folder or the bundled copy. */
final class SampleSurveysLoad {
    private SampleSurveysLoad() {
    }

    static int run(CommandSpec spec, Database database, Optional<Path> from, Audit audit, Clock clock, String user) {
        SampleSurveysService service = new SampleSurveysService(database, new ClientRepository(),
                new InstrumentService(database, new InstrumentRepository(), clock), new SettingsStore(database, clock),
                audit, clock, () -> user);
        try {
            int loaded = from.isPresent() ? service.load(from.get()) : service.loadBundled();
            if (loaded < 0) {
                spec.commandLine().getOut().println("The sample surveys were loaded before; nothing added.");
            } else {
                spec.commandLine().getOut().printf("Loaded %d surveys%n", loaded);
            }
            return 0;
        } catch (SampleDataException e) {
            spec.commandLine().getErr().println(e.getMessage() + ". The surveys were not loaded.");
            return 1;
        }
    }
}
