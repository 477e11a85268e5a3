package org.balancedrealism;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Rules, AI, IO, the debrief and the command line stay pure Java: only the ui package may touch JavaFX or FXGL. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.balancedrealism");

    @Test
    void onlyTheUiTouchesJavaFxOrFxgl() {
        noClasses().that().resideInAnyPackage("..model..", "..engine..", "..ai..", "..io..", "..cli..", "..session..",
                        "..debrief..", "..text..", "..net..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.almasb..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void theModelDependsOnNothingButItself() {
        noClasses().that().resideInAPackage("..model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.balancedrealism.engine..", "org.balancedrealism.ai..", "org.balancedrealism.io..",
                        "org.balancedrealism.session..", "org.balancedrealism.ui..", "org.balancedrealism.cli..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void theEngineDoesNotKnowTheAiOrTheSession() {
        noClasses().that().resideInAPackage("..engine..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.balancedrealism.ai..", "org.balancedrealism.session..", "org.balancedrealism.ui..",
                        "org.balancedrealism.cli..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }
}
