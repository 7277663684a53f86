package org.linkwell.exchange;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.linkwell.clients.ClientRepository;
import org.linkwell.clients.ClientService;
import org.linkwell.core.Database;
import org.linkwell.programs.AccessibilityFeature;
import org.linkwell.programs.Audience;
import org.linkwell.programs.Catalog;
import org.linkwell.programs.Category;
import org.linkwell.programs.CostKind;
import org.linkwell.programs.HowToJoin;
import org.linkwell.programs.LocationKind;
import org.linkwell.programs.OrganizationRepository;
import org.linkwell.programs.PartnerOrganization;
import org.linkwell.programs.Program;
import org.linkwell.programs.ProgramRepository;
import org.linkwell.programs.ProgramService;
import org.linkwell.programs.ProgramStatus;
import org.linkwell.programs.Schedule;
import org.linkwell.testing.TestDatabases;

/** A real data file with the catalog services, and a catalog that uses every field. */
final class ExchangeFixture implements AutoCloseable {
    final Database database;
    final ProgramService programs;
    final CatalogExchangeService exchange;

    ExchangeFixture(Path folder) {
        database = Database.open(folder.resolve("linkwell-test.db"));
        programs = new ProgramService(database, new ProgramRepository(), new OrganizationRepository(),
                TestDatabases.CLOCK, TestDatabases.ACCESS);
        ClientService clients = new ClientService(database, new ClientRepository(), TestDatabases.audit(),
                TestDatabases.CLOCK, TestDatabases.ACCESS);
        exchange = new CatalogExchangeService(programs, clients, () -> "Seaway Valley CHC", TestDatabases.CLOCK);
    }

    @Override
    public void close() {
        database.close();
    }

    static Path write(Path file, String text) throws java.io.IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** Saves organisations and programs that between them use every field and schedule shape. */
    void saveRichCatalog() {
        PartnerOrganization ymca = programs.saveOrganization(new PartnerOrganization(0, 0, "org-ymca",
                "YMCA of Cornwall", "Fitness and community, \"for all\"", "613-555-0101", "info@ymca.example",
                "https://ymca.example", "20 Second St W", "Cornwall", "ON", "K6J 1G3", "Jo Tremblay",
                "Ask for the community room.\nSecond line.", true));
        PartnerOrganization library = programs.saveOrganization(new PartnerOrganization(0, 0, "3f1c2b6e-library",
                "Bibliothèque publique", "", "", "", "", "", "", "QC", "", "", "", false));
        programs.saveOrganization(PartnerOrganization.named("org-empty", "Garden Club"));
        Program blank = Program.blank();
        programs.save(new Program(0, 0, "walk-1", "Tuesday Walking Group", "A gentle walk by the river",
                Optional.empty(), Category.PHYSICAL_ACTIVITY,
                new Program.Location(LocationKind.IN_PERSON, "Lamoureux Park", "100 Water St", "Cornwall", "K6H 1A1", ""),
                new Program.Cost(CostKind.FREE, OptionalInt.empty(), false), Set.of("walking", "nature"),
                Set.of("en", "fr"), Set.of(AccessibilityFeature.SEATING_AVAILABLE, AccessibilityFeature.ON_BUS_ROUTE),
                new Program.Eligibility(OptionalInt.of(55), OptionalInt.empty(), Set.of(Audience.OLDER_ADULTS)),
                new Program.Capacity(OptionalInt.of(20), false), blank.joining(), blank.contact(), true, false,
                Optional.of(LocalDate.of(2026, 3, 1)), ProgramStatus.ACTIVE,
                List.of(new Schedule(Schedule.Frequency.WEEKLY, 1, List.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), 0,
                        LocalTime.of(10, 0), LocalTime.of(11, 30), Set.of(Month.SEPTEMBER, Month.OCTOBER,
                        Month.NOVEMBER, Month.DECEMBER, Month.JANUARY, Month.FEBRUARY, Month.MARCH, Month.APRIL,
                        Month.MAY, Month.JUNE), Optional.empty(), Optional.empty(), "No walk on holidays"))));
        programs.save(new Program(0, 0, "", "Café causerie", "Conversation en français; café offert",
                Optional.of(library.id()), Category.SOCIAL_PEER_SUPPORT,
                new Program.Location(LocationKind.VIRTUAL, "", "", "", "", "https://meet.example/cafe?x=1,2"),
                new Program.Cost(CostKind.SLIDING_SCALE, OptionalInt.of(1000), true), Set.of("languages"),
                Set.of("fr", "ar"), Set.of(),
                new Program.Eligibility(OptionalInt.of(18), OptionalInt.of(99), Set.of(Audience.FRANCOPHONE,
                        Audience.NEWCOMERS)),
                new Program.Capacity(OptionalInt.empty(), true), new Program.Joining(HowToJoin.REGISTER,
                        "Appelez Marie au 613-555-0199"),
                new Program.Contact("Marie Lavoie", "613-555-0199 ext. 12", "marie@biblio.example"), false, true,
                Optional.empty(), ProgramStatus.PAUSED,
                List.of(new Schedule(Schedule.Frequency.MONTHLY, 1, List.of(DayOfWeek.MONDAY), 2, LocalTime.of(13, 0),
                                LocalTime.of(14, 30), Set.of(), Optional.of(LocalDate.of(2026, 1, 1)),
                                Optional.of(LocalDate.of(2026, 12, 31)), ""),
                        new Schedule(Schedule.Frequency.MONTHLY, 2, List.of(DayOfWeek.FRIDAY), -1, LocalTime.of(18, 0),
                                LocalTime.of(19, 0), Set.of(Month.JULY), Optional.empty(), Optional.empty(),
                                "Soirée"))));
        programs.save(new Program(0, 0, "swim-2", "Aquafit", "", Optional.of(ymca.id()), Category.PHYSICAL_ACTIVITY,
                new Program.Location(LocationKind.PHONE, "", "", "", "", ""),
                new Program.Cost(CostKind.FEE, OptionalInt.of(550), false), Set.of("swimming"), Set.of("en"),
                Set.of(AccessibilityFeature.WHEELCHAIR_ACCESS), blank.eligibility(),
                new Program.Capacity(OptionalInt.of(12), true), new Program.Joining(HowToJoin.REFERRAL_FORM, ""),
                new Program.Contact("", "613-555-0123", ""), false, false, Optional.of(LocalDate.of(2025, 1, 31)),
                ProgramStatus.ENDED,
                List.of(new Schedule(Schedule.Frequency.WEEKLY, 2, List.of(DayOfWeek.WEDNESDAY), 0, LocalTime.of(9, 15),
                                LocalTime.of(10, 0), Set.of(), Optional.of(LocalDate.of(2026, 9, 2)), Optional.empty(),
                                ""),
                        Schedule.weekly(List.of(DayOfWeek.SATURDAY), LocalTime.of(14, 0), LocalTime.of(15, 0)))));
    }

    /** The catalog without database ids and versions, programs naming their organisation by external id. */
    static List<Object> comparable(Catalog catalog) {
        List<Object> programs = catalog.programs().stream()
                .sorted(Comparator.comparing(Program::externalId))
                .map(p -> List.of(withoutOrganization(p.withIdentity(0, 0, p.externalId())),
                        catalog.organizationOf(p).map(PartnerOrganization::externalId).orElse("(our CHC)")))
                .map(Object.class::cast).toList();
        List<Object> organizations = catalog.organizations().stream()
                .sorted(Comparator.comparing(PartnerOrganization::externalId))
                .map(o -> (Object) o.withIdentity(0, 0, o.externalId())).toList();
        return List.of(programs, organizations);
    }

    private static Program withoutOrganization(Program p) {
        return new Program(p.id(), p.version(), p.externalId(), p.name(), p.description(), Optional.empty(),
                p.category(), p.location(), p.cost(), p.interestCodes(), p.languages(), p.accessibility(),
                p.eligibility(), p.capacity(), p.joining(), p.contact(), p.coCreated(), p.championLed(),
                p.lastVerifiedOn(), p.status(), p.schedules());
    }
}
