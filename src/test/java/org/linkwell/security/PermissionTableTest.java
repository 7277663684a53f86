package org.linkwell.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.linkwell.app.AppContext;
import org.linkwell.core.NotAllowedException;
import org.linkwell.referrals.StaffMember.Role;
import org.linkwell.surveys.Surveys;

/**
 * Every role against every service action: one row per action (run on a small CHC where the navigator has one
 * client, the prescriber referred that one, and another client is in nobody's caseload of ours), with the roles that
 * may do it. A role not listed must be refused with {@link NotAllowedException}; a role listed must not be (the
 * action may still fail for its own reasons, e.g. a move the lifecycle does not allow, after the check). A public
 * service method without a row fails {@link #everyPublicServiceActionHasARow()}.
 */
class PermissionTableTest {
    private static final Role[] ROLES = {Role.RECEPTION, Role.PRESCRIBER, Role.NAVIGATOR, Role.MANAGER,
        Role.ADMINISTRATOR};
    /** Accessors that hand over a helper or a fact, not an action on anyone's data. */
    private static final Set<String> NOT_ACTIONS = Set.of("SurveyService.instruments", "SurveyService.today",
            "ProgramService.today", "FunderReportService.settings", "PrintingService.settings", "SignInService.session",
            // How the lockbox is wired into the audit log, printouts and exports when the app starts.
            "LockboxService.forViewer", "LockboxService.glassCheck", "PrintingService.withLockbox",
            "FunderReportService.withheldFromData");

    private static Path folder;
    private static PermissionFixture fixture;
    private static List<PermissionRows.Row> rows;

    @BeforeAll
    static void openTheChc() throws Exception {
        folder = Files.createTempDirectory("linkwell-roles");
        fixture = new PermissionFixture(folder);
        rows = PermissionRows.all(fixture, folder);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @TestFactory
    Stream<DynamicTest> eachRoleIsAllowedExactlyWhatItsRowSays() {
        return rows.stream().flatMap(row -> Arrays.stream(ROLES).map(role ->
                DynamicTest.dynamicTest(row.name() + " as " + role.code() + ": "
                        + (row.allowed().contains(role) ? "allowed" : "refused"), () -> check(row, role))));
    }

    private static void check(PermissionRows.Row row, Role role) {
        fixture.signInAs(role);
        boolean refused = false;
        try {
            row.action().run();
        } catch (NotAllowedException e) {
            refused = true;
        } catch (RuntimeException e) {
            // Past the check: the action failed for reasons of its own (a lifecycle move, a missing file).
            if (!row.allowed().contains(role)) {
                fail(row.name() + " as " + role.code() + " got past the check and failed with " + e, e);
            }
        }
        assertEquals(!row.allowed().contains(role), refused, row.name() + " as " + role.code());
    }

    @Test
    void everyPublicServiceActionHasARow() {
        Set<String> covered = new TreeSet<>();
        rows.forEach(row -> covered.add(row.name().split("[ (]")[0]));
        Set<String> missing = new TreeSet<>();
        for (Class<?> service : services()) {
            for (Method method : service.getDeclaredMethods()) {
                String name = service.getSimpleName() + "." + method.getName();
                boolean action = Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                        && !method.isSynthetic() && !NOT_ACTIONS.contains(name)
                        && Arrays.stream(method.getParameterTypes()).noneMatch(DSLContext.class::equals);
                if (action && !covered.contains(name)) {
                    missing.add(name);
                }
            }
        }
        assertTrue(missing.isEmpty(), "service actions without a row in the permission table: " + missing);
    }

    @Test
    void theTableNamesEveryRoleSomewhereAndRefusesEachRoleSomething() {
        for (Role role : ROLES) {
            assertTrue(rows.stream().anyMatch(row -> row.allowed().contains(role)), role + " may do something");
            if (role != Role.ADMINISTRATOR) {
                assertTrue(rows.stream().anyMatch(row -> !row.allowed().contains(role)), role + " is refused something");
            }
        }
    }

    /** The services the composition root hands out: every accessor returning a *Service, and the survey services. */
    static List<Class<?>> services() {
        Set<Class<?>> found = new java.util.LinkedHashSet<>();
        for (Method accessor : AppContext.class.getMethods()) {
            if (accessor.getReturnType().getSimpleName().endsWith("Service")) {
                found.add(accessor.getReturnType());
            }
        }
        Arrays.stream(Surveys.class.getRecordComponents()).forEach(component -> found.add(component.getType()));
        return List.copyOf(found);
    }

    static Set<Role> roles(Role... roles) {
        return roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(Arrays.asList(roles));
    }
}
