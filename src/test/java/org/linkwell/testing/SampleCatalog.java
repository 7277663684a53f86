package org.linkwell.testing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.linkwell.programs.AccessibilityFeature;
import org.linkwell.programs.Audience;
import org.linkwell.programs.CatalogUpdate;
import org.linkwell.programs.Category;
import org.linkwell.programs.Code;
import org.linkwell.programs.CostKind;
import org.linkwell.programs.HowToJoin;
import org.linkwell.programs.LocationKind;
import org.linkwell.programs.PartnerOrganization;
import org.linkwell.programs.Program;
import org.linkwell.programs.ProgramStatus;

/**
 * The bundled sample catalog (sample-data/programs.csv and organizations.csv) as a {@link CatalogUpdate},
 * read with a deliberately minimal parser: enough for tests that need the catalog in the database,
 * without schedules, addresses or contacts. The real importer lives elsewhere.
 */
public final class SampleCatalog {
    private static final Path FOLDER = Path.of("sample-data");

    private SampleCatalog() {
    }

    public static CatalogUpdate update() {
        List<PartnerOrganization> organizations = new ArrayList<>();
        for (CSVRecord r : records("organizations.csv")) {
            PartnerOrganization named = PartnerOrganization.named(r.get("id"), r.get("name"));
            organizations.add(new PartnerOrganization(0, 0, named.externalId(), named.name(), "", "", "", "", "", "",
                    "ON", "", "", "", !"no".equals(r.get("active"))));
        }
        List<CatalogUpdate.ImportedProgram> programs = new ArrayList<>();
        for (CSVRecord r : records("programs.csv")) {
            programs.add(new CatalogUpdate.ImportedProgram(program(r),
                    r.get("organization").isBlank() ? Optional.empty() : Optional.of(organizationId(r, organizations))));
        }
        return new CatalogUpdate(organizations, programs);
    }

    private static Program program(CSVRecord r) {
        String cost = r.get("cost").strip();
        Program.Cost price = cost.isEmpty() || cost.equals("free") ? new Program.Cost(CostKind.FREE, OptionalInt.empty(), false)
                : cost.equals("sliding scale") ? new Program.Cost(CostKind.SLIDING_SCALE, OptionalInt.empty(), yes(r, "subsidy"))
                : new Program.Cost(CostKind.FEE, OptionalInt.of(new BigDecimal(cost).movePointRight(2).intValueExact()),
                yes(r, "subsidy"));
        return new Program(0, 0, r.get("id"), r.get("name"), r.get("description"), Optional.empty(),
                Code.parse(Category.class, r.get("category")),
                new Program.Location(r.get("location_type").isBlank() ? LocationKind.IN_PERSON
                        : Code.parse(LocationKind.class, r.get("location_type")), "", "", "", "", ""),
                price, codes(r, "interests"), r.get("languages").isBlank() ? Set.of("en") : codes(r, "languages"),
                codes(r, "accessibility").stream().map(c -> Code.parse(AccessibilityFeature.class, c))
                        .collect(Collectors.toSet()),
                new Program.Eligibility(age(r, "min_age"), age(r, "max_age"), codes(r, "audience").stream()
                        .map(c -> Code.parse(Audience.class, c)).collect(Collectors.toSet())),
                new Program.Capacity(age(r, "capacity"), yes(r, "full")),
                new Program.Joining(r.get("how_to_join").isBlank() ? HowToJoin.DROP_IN
                        : Code.parse(HowToJoin.class, r.get("how_to_join")), ""),
                new Program.Contact("", "", ""), yes(r, "co_created"), yes(r, "champion_led"),
                r.get("last_verified").isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(r.get("last_verified"))),
                r.get("status").isBlank() ? ProgramStatus.ACTIVE : Code.parse(ProgramStatus.class, r.get("status")),
                List.of());
    }

    /** The organisation column holds the organisation's name; the update names it by external id. */
    private static String organizationId(CSVRecord r, List<PartnerOrganization> organizations) {
        String name = r.get("organization").strip();
        return organizations.stream().filter(o -> o.name().equals(name) || o.externalId().equals(name))
                .map(PartnerOrganization::externalId).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown organisation " + name));
    }

    private static Set<String> codes(CSVRecord r, String column) {
        return Arrays.stream(r.get(column).split(";")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
    }

    private static OptionalInt age(CSVRecord r, String column) {
        String text = r.get(column).strip();
        return text.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(text));
    }

    private static boolean yes(CSVRecord r, String column) {
        return "yes".equalsIgnoreCase(r.get(column).strip());
    }

    private static List<CSVRecord> records(String file) {
        try (Reader in = Files.newBufferedReader(FOLDER.resolve(file), StandardCharsets.UTF_8)) {
            in.mark(1);
            if (in.read() != '\uFEFF') {
                in.reset();
            }
            try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
                return parser.getRecords();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
