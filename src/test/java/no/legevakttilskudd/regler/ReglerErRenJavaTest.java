package no.legevakttilskudd.regler;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Guard: the rules package stays plain Java — no framework, persistence, I/O or clock — so it can be read next to SPEC
 * §4 and run anywhere. Checked on the compiled classes (every reference, also static imports, fully qualified names
 * and nested classes), not on the source text.
 */
class ReglerErRenJavaTest {

    private static final JavaClasses REGLER = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("no.legevakttilskudd.regler");

    @Test
    void reglerBrukerBareJavasEgneGrunnpakker() {
        ArchRule regel = classes().that().resideInAPackage("no.legevakttilskudd.regler..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("no.legevakttilskudd.regler..", "java.lang..", "java.util..",
                        "java.time..", "java.math..")
                .because("reglene er en ren funksjon av parametre, registerfakta og søknader (docs/architecture.md, beslutning 11)");
        regel.check(REGLER);
    }

    @Test
    void reglerLeserIkkeKlokka() {
        ArchRule regel = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses().that()
                .resideInAPackage("no.legevakttilskudd.regler..")
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.lang.System.class, "currentTimeMillis")
                .orShould().dependOnClassesThat().areAssignableTo(java.time.Clock.class)
                .because("tiden kommer inn som parameter (søknadsfristen), så samme inndata alltid gir samme resultat");
        regel.check(REGLER);
    }
}
