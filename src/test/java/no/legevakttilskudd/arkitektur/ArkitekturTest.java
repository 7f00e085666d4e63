package no.legevakttilskudd.arkitektur;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import jakarta.persistence.Entity;

/**
 * Guard: the house keeps its shape. Feature packages form no cycle, {@code felles} is a floor that knows no feature,
 * a page or API resource reaches another feature's data through that feature's services, and the module table in
 * docs/architecture.md says exactly which package depends on which. Checked on the compiled classes.
 */
class ArkitekturTest {

    static final String ROT = "no.legevakttilskudd";

    /** The floor and the pure rules core: every feature may use them, they use no feature. */
    static final Set<String> GRUNNMUR = Set.of("felles", "regler");

    static final JavaClasses KLASSER = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROT);

    @Test
    void ingenSyklerMellomPakkene() {
        slices().matching(ROT + ".(*)..").should().beFreeOfCycles()
                .because("avhengighetene mellom fagområdene skal gå én vei (docs/architecture.md, Moduler)")
                .check(KLASSER);
    }

    @Test
    void fellesKjennerIngenFagpakke() {
        noClasses().that().resideInAPackage(ROT + ".felles..")
                .should().dependOnClassesThat(new com.tngtech.archunit.base.DescribedPredicate<JavaClass>("ligger i en fagpakke") {
                    @Override
                    public boolean test(JavaClass klasse) {
                        return toppakke(klasse).filter(p -> !GRUNNMUR.contains(p)).isPresent();
                    }
                })
                .because("felles er gulvet alle fagområdene står på; tekstene til et fagområdes typer ligger i fagområdets egen bunt")
                .check(KLASSER);
    }

    @Test
    void ressurserRorIkkeAndreFagomradersEntiteter() {
        classes().that().haveSimpleNameEndingWith("Resource")
                .should(new ArchCondition<JavaClass>("bare bruke entiteter fra sitt eget fagområde") {
                    @Override
                    public void check(JavaClass ressurs, ConditionEvents hendelser) {
                        for (Dependency d : ressurs.getDirectDependenciesFromSelf()) {
                            JavaClass mal = d.getTargetClass();
                            if (mal.isAnnotatedWith(Entity.class) && !toppakke(mal).equals(toppakke(ressurs))) {
                                hendelser.add(SimpleConditionEvent.violated(d, d.getDescription()));
                            }
                        }
                    }
                })
                .because("en side eller et API går gjennom fagområdets tjenester, som håndhever tilgang og regler")
                .check(KLASSER);
    }

    @Test
    void modultabellenStemmerMedKoden() throws IOException {
        Map<String, Set<String>> iKoden = new TreeMap<>();
        for (JavaClass klasse : KLASSER) {
            toppakke(klasse).ifPresent(fra -> {
                Set<String> til = iKoden.computeIfAbsent(fra, p -> new TreeSet<>());
                klasse.getDirectDependenciesFromSelf().forEach(d -> toppakke(d.getTargetClass()).filter(p -> !p.equals(fra))
                        .ifPresent(til::add));
            });
        }
        assertEquals(iKoden, modultabellen(), "Modultabellen i docs/architecture.md (kolonnen «Avhenger av») er ikke lenger sann");
    }

    /** The rows of the table under «Moduler»: package → the packages in its last column ("–" for none). */
    static Map<String, Set<String>> modultabellen() throws IOException {
        String dokument = Files.readString(Path.of("docs/architecture.md"), StandardCharsets.UTF_8);
        int start = dokument.indexOf("## Moduler");
        String avsnitt = dokument.substring(start, dokument.indexOf("\n## ", start + 1));
        Map<String, Set<String>> tabell = new TreeMap<>();
        Matcher rad = Pattern.compile("(?m)^\\| `(\\w+)` \\|.*\\| ([^|]*) \\|$").matcher(avsnitt);
        while (rad.find()) {
            Set<String> til = new TreeSet<>();
            Matcher pakke = Pattern.compile("`(\\w+)`").matcher(rad.group(2));
            while (pakke.find()) {
                til.add(pakke.group(1));
            }
            tabell.put(rad.group(1), til);
        }
        return tabell;
    }

    /** The feature package right under the root ("soknad" for no.legevakttilskudd.soknad.Soknad), if the class is ours. */
    static Optional<String> toppakke(JavaClass klasse) {
        String pakke = klasse.getPackageName();
        if (!pakke.startsWith(ROT + ".")) {
            return Optional.empty();
        }
        String rest = pakke.substring(ROT.length() + 1);
        int punktum = rest.indexOf('.');
        return Optional.of(punktum < 0 ? rest : rest.substring(0, punktum));
    }
}
