package io.catwork.ops;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.spring.stereotype.Aggregate;

/** The module boundaries of ARCHITECTURE.md and STYLE.md, checked on the compiled code of every jar. */
@AnalyzeClasses(packages = "io.catwork", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule commandSideNeverSeesQuerySide = noClasses().that().resideInAPackage("io.catwork.*.command..")
            .should().dependOnClassesThat().resideInAPackage("io.catwork.*.query..");

    @ArchTest
    static final ArchRule querySideNeverSeesCommandSide = noClasses().that().resideInAPackage("io.catwork.*.query..")
            .should().dependOnClassesThat().resideInAPackage("io.catwork.*.command..");

    @ArchTest
    static final ArchRule modulesMeetOnlyThroughMessages = slices().matching("io.catwork.(*).command..")
            .should().notDependOnEachOther()
            .because("one module's command side never reaches into another's; they meet through shared-events");

    @ArchTest
    static final ArchRule projectionsOfModulesAreSeparate = slices().matching("io.catwork.(*).query..")
            .should().notDependOnEachOther();

    @ArchTest
    static final ArchRule messagesArePlainJava = noClasses().that().resideInAPackage("io.catwork.*.api..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                    "com.fasterxml.jackson..", "org.hibernate..")
            .because("shared-events is the message API: plain records, no Spring, no JPA");

    @ArchTest
    static final ArchRule messagesDependOnNoModuleInternals = noClasses().that().resideInAPackage("io.catwork.*.api..")
            .should().dependOnClassesThat().resideInAnyPackage("io.catwork.*.command..", "io.catwork.*.query..",
                    "io.catwork.ops..");

    @ArchTest
    static final ArchRule onlyOpsKnowsOps = noClasses().that().resideOutsideOfPackage("io.catwork.ops..")
            .should().dependOnClassesThat().resideInAPackage("io.catwork.ops..");

    @ArchTest
    static final ArchRule aggregatesAreNotPublic = classes().that().areAnnotatedWith(Aggregate.class)
            .should().notHaveModifier(JavaModifier.PUBLIC);

    @ArchTest
    static final ArchRule aggregatesLiveOnTheCommandSide = classes().that().areAnnotatedWith(Aggregate.class)
            .should().resideInAPackage("io.catwork.*.command..");
}
