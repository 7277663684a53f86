package org.linkwell.surveys;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.linkwell.core.Access;
import org.linkwell.core.Database;
import org.linkwell.core.Permission;

/**
 * The instruments this CHC can use: the ones shipped with Linkwell (free to embed) and the definitions it
 * loaded or edited, which are kept in the data file. The highest version of an id is the one new surveys use;
 * older versions stay, so scores are always read by the rules they were computed with.
 */
public final class InstrumentService {
    /** The shipped instruments, in the order lists show them. */
    public static final List<String> SHIPPED = List.of("ons4", "ucla3", "loneliness-direct", "belonging",
            "self-rated-health", "wheel-of-life", "health-system-use", "prescriber-survey");
    private static final String FOLDER = "org/linkwell/surveys/instruments/";
    private static final List<InstrumentDefinition> SHIPPED_DEFINITIONS = SHIPPED.stream()
            .map(InstrumentService::readShipped).toList();

    private final Database database;
    private final InstrumentRepository repository;
    private final Clock clock;
    private final Access access;
    private volatile List<InstrumentDefinition> custom;

    /** Reading definitions needs no permission (they hold no one's data); keeping new ones is a setting. */
    public InstrumentService(Database database, InstrumentRepository repository, Clock clock, Access access) {
        this.access = access;
        this.database = database;
        this.repository = repository;
        this.clock = clock;
    }

    private static InstrumentDefinition readShipped(String id) {
        InputStream in = InstrumentService.class.getClassLoader().getResourceAsStream(FOLDER + id + ".json");
        if (in == null) {
            throw new IllegalStateException("instrument " + id + " is not bundled with this build");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return InstrumentParser.parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every version of every instrument: shipped ones first in their order, then the CHC's own by id. */
    public List<InstrumentDefinition> all() {
        List<InstrumentDefinition> all = new ArrayList<>(SHIPPED_DEFINITIONS);
        all.addAll(custom());
        Map<String, Integer> order = new java.util.HashMap<>();
        for (int i = 0; i < SHIPPED.size(); i++) {
            order.put(SHIPPED.get(i), i);
        }
        all.sort(Comparator.<InstrumentDefinition>comparingInt(d -> order.getOrDefault(d.id(), SHIPPED.size()))
                .thenComparing(InstrumentDefinition::id).thenComparingInt(InstrumentDefinition::version));
        return all;
    }

    /** The highest version of each instrument, in list order. */
    public List<InstrumentDefinition> current() {
        Map<String, InstrumentDefinition> latest = all().stream().collect(Collectors.toMap(InstrumentDefinition::id,
                Function.identity(), (a, b) -> b.version() > a.version() ? b : a, java.util.LinkedHashMap::new));
        return List.copyOf(latest.values());
    }

    public Optional<InstrumentDefinition> latest(String id) {
        return current().stream().filter(d -> d.id().equals(id)).findFirst();
    }

    public Optional<InstrumentDefinition> find(String id, int version) {
        return all().stream().filter(d -> d.id().equals(id) && d.version() == version).findFirst();
    }

    public boolean isShipped(InstrumentDefinition definition) {
        return SHIPPED_DEFINITIONS.stream().anyMatch(d -> d.key().equals(definition.key()));
    }

    /** Reads, checks and keeps a definition file; refused whole (naming the line) when anything is wrong. */
    public InstrumentDefinition load(Path file) {
        access.require(Permission.ADMINISTRATION);
        String json;
        try {
            json = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InstrumentDefinitionException(1, "instrument.error.encoding");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return save(InstrumentParser.parse(json));
    }

    /** Keeps a new definition (a loaded file, or the CHC's own edit); an id and version already there is refused. */
    public InstrumentDefinition save(InstrumentDefinition definition) {
        access.require(Permission.ADMINISTRATION);
        String json = InstrumentWriter.write(definition);
        InstrumentParser.parse(json);
        database.run(tx -> {
            if (find(definition.id(), definition.version()).isPresent()
                    || repository.exists(tx, definition.id(), definition.version())) {
                throw new InstrumentDefinitionException(0, "instrument.error.exists", definition.id(),
                        definition.version());
            }
            repository.insert(tx, definition.id(), definition.version(), json, clock.instant());
        });
        custom = null;
        return definition;
    }

    /** The next free version number of an instrument id. */
    public int nextVersion(String id) {
        return all().stream().filter(d -> d.id().equals(id)).mapToInt(InstrumentDefinition::version).max().orElse(0) + 1;
    }

    private List<InstrumentDefinition> custom() {
        List<InstrumentDefinition> loaded = custom;
        if (loaded == null) {
            loaded = database.read(dsl -> repository.all(dsl)).stream()
                    .map(stored -> InstrumentParser.parse(stored.json())).toList();
            custom = loaded;
        }
        return loaded;
    }
}
