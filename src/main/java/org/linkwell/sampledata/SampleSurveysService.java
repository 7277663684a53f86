package org.linkwell.sampledata;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.linkwell.clients.ClientRepository;
import org.linkwell.core.Audit;
import org.linkwell.core.Database;
import org.linkwell.core.SettingsStore;
import org.linkwell.surveys.InstrumentDefinition;
import org.linkwell.surveys.InstrumentService;
import org.linkwell.surveys.Scoring;
import org.linkwell.surveys.SurveyRepository;
import org.linkwell.surveys.SurveyResponse;
import org.linkwell.surveys.SurveyService;

/**
 * Loads the sample CHC's surveys (surveys.csv) after its clients and journeys: in one transaction, each
 * response scored by its instrument version's rules and audited as the app would; loading again adds nothing.
 */
public final class SampleSurveysService {
    /** Set, with the moment, when the sample surveys were loaded, so they are never loaded twice. */
    public static final String LOADED_KEY = "sample.surveys.loaded";

    private final Database database;
    private final ClientRepository clients;
    private final InstrumentService instruments;
    private final SettingsStore settings;
    private final Audit audit;
    private final Clock clock;
    private final org.linkwell.core.Access access;

    public SampleSurveysService(Database database, ClientRepository clients, InstrumentService instruments,
                                SettingsStore settings, Audit audit, Clock clock, org.linkwell.core.Access access) {
        this.database = database;
        this.clients = clients;
        this.instruments = instruments;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
        this.access = access;
    }

    /** How many surveys were added; -1 when they were loaded before. */
    public int loadBundled() {
        access.require(org.linkwell.core.Permission.ADMINISTRATION);
        InputStream in = getClass().getClassLoader().getResourceAsStream(SampleDataService.BUNDLED_FOLDER + SurveyCsv.FILE);
        if (in == null) {
            throw new SampleDataException(SurveyCsv.FILE, "is not bundled with this build of Linkwell");
        }
        return load(new InputStreamReader(in, StandardCharsets.UTF_8), SurveyCsv.FILE);
    }

    public int load(Path folder) {
        access.require(org.linkwell.core.Permission.ADMINISTRATION);
        Path file = folder.resolve(SurveyCsv.FILE);
        try {
            return load(Files.newBufferedReader(file, StandardCharsets.UTF_8), file.toString());
        } catch (NoSuchFileException e) {
            throw new SampleDataException(file.toString(), "not found", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int load(Reader reader, String source) {
        if (settings.get(LOADED_KEY).isPresent()) {
            return -1;
        }
        List<SampleSurveyRow> rows;
        try (reader) {
            rows = SurveyCsv.read(reader, source);
        } catch (IOException e) {
            throw new SampleDataException(source, "is not a readable CSV file (" + e.getMessage() + ")", e);
        }
        SurveyRepository surveys = new SurveyRepository();
        return database.transaction(tx -> {
            if (settings.get(tx, LOADED_KEY).isPresent()) {
                return -1;
            }
            Map<String, Long> ids = clients.idsByChartNumber(tx);
            List<SurveyResponse> responses = new java.util.ArrayList<>();
            int row = 1;
            for (SampleSurveyRow r : rows) {
                int here = ++row;
                Long clientId = ids.get(r.chartNumber());
                if (clientId == null) {
                    throw new SampleDataException(source, here, "chart_number", "names a client who is not loaded ("
                            + r.chartNumber() + "); load the sample clients first");
                }
                InstrumentDefinition definition = instruments.find(r.instrument(), r.version()).orElseThrow(() ->
                        new SampleDataException(source, here, "instrument", "names no known instrument version"));
                r.answers().forEach((item, value) -> {
                    if (definition.item(item).filter(i -> i.accepts(value)).isEmpty()) {
                        throw new SampleDataException(source, here, "answers", "\"" + item + "=" + value
                                + "\" is not an answer of " + r.instrument());
                    }
                });
                responses.add(new SurveyResponse(0, clientId, r.instrument(), r.version(), r.timepoint(),
                        r.administeredOn(), r.mode(), r.status(), access.actor(), r.answers(),
                        r.status() == SurveyResponse.Status.COMPLETED ? Scoring.score(definition, r.answers()) : List.of()));
            }
            for (long id : surveys.insertAll(tx, responses, access.actor(), clock.instant())) {
                audit.record(tx, Audit.Action.CREATE, SurveyService.TABLE, id);
            }
            settings.put(tx, LOADED_KEY, clock.instant().toString());
            return rows.size();
        });
    }
}
