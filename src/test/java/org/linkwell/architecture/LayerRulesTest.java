package org.linkwell.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer rules of ARCHITECTURE.md, checked on the compiled code. */
class LayerRulesTest {
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.linkwell");
    }

    @Test
    void onlyUiAndAppUseJavaFx() {
        noClasses().that().resideOutsideOfPackages("..ui..", "org.linkwell.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                        "org.kordamp..")
                .check(classes);
    }

    @Test
    void uiNeverSpeaksSql() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.linkwell.db..", "java.sql..")
                .check(classes);
    }

    @Test
    void onlyRepositoriesAndCoreTouchTheGeneratedSchema() {
        noClasses().that().resideOutsideOfPackages("org.linkwell.core..", "org.linkwell.db..")
                .and().haveNameNotMatching(".*(Repository|BatchWriter)(\\$.*)?")
                .should().dependOnClassesThat().resideInAPackage("org.linkwell.db..")
                .check(classes);
    }

    @Test
    void featuresReachOtherFeaturesThroughServicesNotRepositories() {
        noClasses().that().resideOutsideOfPackages("org.linkwell.clients..", "org.linkwell.app..",
                        "org.linkwell.sampledata..", "org.linkwell.bench..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.linkwell.clients.ClientRepository")
                .check(classes);
    }
}
