package org.linkwell.referrals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkwell.clients.ClientRepository;
import org.linkwell.clients.ClientService;
import org.linkwell.core.Database;
import org.linkwell.core.ValidationException;
import org.linkwell.programs.OrganizationRepository;
import org.linkwell.programs.ProgramRepository;
import org.linkwell.programs.ProgramService;
import org.linkwell.testing.TestClients;
import org.linkwell.testing.TestDatabases;

class ChampionServiceTest {
    @TempDir
    Path folder;

    @Test
    void champion_leadsPrograms_andAccumulatesVolunteerHours() {
        try (Database database = TestDatabases.open(folder)) {
            long clientId = new ClientService(database, new ClientRepository(), TestDatabases.audit(),
                    TestDatabases.CLOCK, TestDatabases.ACCESS)
                    .create(TestClients.draft("Lucie", "Paquette", "C-2", null)).id();
            long programId = new ProgramService(database, new ProgramRepository(), new OrganizationRepository(),
                    TestDatabases.CLOCK,
                            TestDatabases.ACCESS).save(org.linkwell.testing.TestPrograms.walkingGroup()).id();
            ChampionService champions = new ChampionService(database, new ChampionRepository(), TestDatabases.audit(),
                    TestDatabases.CLOCK, TestDatabases.ACCESS);

            champions.save(new HealthChampion(clientId, 0, LocalDate.of(2026, 3, 1), true, "Peer leader course", true,
                    List.of(new HealthChampion.ProgramRole(programId, HealthChampion.Role.LEADS)), 0));
            champions.logHours(clientId, Optional.of(programId), LocalDate.of(2026, 11, 3), 90, "");
            HealthChampion after = champions.logHours(clientId, Optional.of(programId), LocalDate.of(2026, 11, 10), 90, "");

            assertEquals(3.0, after.volunteerHours());
            assertEquals(List.of(new HealthChampion.ProgramRole(programId, HealthChampion.Role.LEADS)), after.programs());
            assertThrows(ValidationException.class, () -> champions.logHours(clientId, Optional.empty(),
                    LocalDate.of(2026, 11, 10), 0, ""));
            assertEquals(1, champions.all().size());
        }
    }
}
