package org.linkwell.sampledata;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;

/** The survey step of {@code sample-data load}: after the journeys, from the same folder or the bundled copy. */
final class SampleSurveysLoad {
    private SampleSurveysLoad() {
    }

    static int run(CommandSpec spec, SampleSurveysService service, Optional<Path> from) {
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
