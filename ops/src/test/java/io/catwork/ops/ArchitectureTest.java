package io.catwork.ops;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.catwork.common.api.Access;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.web.bind.annotation.RequestMapping;

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

    @ArchTest
    static final ArchRule everyEndpointDeclaresWhoMayCallIt = methods().that().areMetaAnnotatedWith(RequestMapping.class)
            .and().areDeclaredInClassesThat().resideInAPackage("io.catwork..")
            .should(declareTheirAccess())
            .because("security is deny by default: an endpoint nobody declared answers 403");

    private static ArchCondition<JavaMethod> declareTheirAccess() {
        return new ArchCondition<>("declare who may call them with @Access, on the method or on its class") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                if (!method.isAnnotatedWith(Access.class) && !method.getOwner().isAnnotatedWith(Access.class)) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " has no @Access"));
                }
            }
        };
    }

    /**
     * Each module declares its processing groups; ops assembles them and names none: no group name appears as a
     * constant in ops' code or as a key in its application.yml.
     */
    @ArchTest
    static void opsNamesNoModulesProcessingGroup(JavaClasses classes) throws IOException {
        Set<String> groups = new HashSet<>();
        for (JavaClass type : classes) {
            if (!type.getPackageName().startsWith("io.catwork.ops")
                    && type.isAnnotatedWith(ProcessingGroup.class)) {
                groups.add(type.getAnnotationOfType(ProcessingGroup.class).value());
            }
        }
        assertThat(groups).as("the modules' groups were found").contains("orders-projection", "OrderSagaProcessor");
        TreeMap<String, String> named = new TreeMap<>();
        for (JavaClass type : classes) {
            if (type.getPackageName().startsWith("io.catwork.ops") && type.getSource().isPresent()) {
                try (InputStream in = type.getSource().get().getUri().toURL().openStream()) {
                    for (String constant : stringConstants(in.readAllBytes())) {
                        if (groups.contains(constant)) {
                            named.put(type.getName(), constant);
                        }
                    }
                }
            }
        }
        assertThat(named).as("ops classes naming a module's processing group").isEmpty();
        try (InputStream in = ArchitectureTest.class.getResourceAsStream("/application.yml")) {
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String axon = yaml.substring(yaml.indexOf("\naxon:") + 1).split("\n(?=[a-z])", 2)[0];
            assertThat(axon).as("the axon section").contains("serializer:").doesNotContain("db-scheduler:");
            assertThat(axon).as("processors configured by name in application.yml").doesNotContain("processors:");
            assertThat(groups).as("groups named in application.yml's axon section").noneMatch(axon::contains);
        }
    }

    /** The string constants of a class file, read from its constant pool. */
    static List<String> stringConstants(byte[] classFile) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        in.readInt();
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        List<Integer> strings = new ArrayList<>();
        for (int index = 1; index < count; index++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[index] = in.readUTF();
                case 8 -> strings.add(in.readUnsignedShort());
                case 7, 16, 19, 20 -> in.readUnsignedShort();
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    index++;
                }
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        return strings.stream().map(index -> utf8[index]).toList();
    }
}
