package no.legevakttilskudd.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import no.legevakttilskudd.felles.local.ProductionConfigCheck;

/**
 * The deployment files cannot be run on the build machine (no container engine), so the build reads them instead:
 * every YAML file under deploy/ must parse, and the structure that matters for running in production must hold.
 * The required environment variables come from {@link ProductionConfigCheck}, the check that stops the start-up,
 * so a variable added there and forgotten in compose or Kubernetes fails this test.
 */
class DriftsoppsettTest {

    private static final Path DEPLOY = Path.of("deploy");
    private static final Path COMPOSE = DEPLOY.resolve("compose");
    private static final Path KUBERNETES = DEPLOY.resolve("kubernetes");
    private static final Path DOCKERFILE = Path.of("src/main/docker/Dockerfile.jvm");

    // --- All YAML ---

    @Test
    void alleYamlFilerUnderDeployKanLeses() throws IOException {
        List<Path> filer = yamlFiler();
        assertTrue(filer.size() >= 10, "for få YAML-filer under deploy/: " + filer);
        for (Path fil : filer) {
            List<Map<String, Object>> dokumenter = les(fil);
            assertFalse(dokumenter.isEmpty(), fil + " er tom");
            if (fil.startsWith(KUBERNETES)) {
                for (Map<String, Object> dokument : dokumenter) {
                    assertNotNull(dokument.get("apiVersion"), fil + " mangler apiVersion");
                    assertNotNull(dokument.get("kind"), fil + " mangler kind");
                }
            }
        }
    }

    @Test
    void hvertImageErLastTilEnTag() throws IOException {
        List<String> images = new ArrayList<>();
        for (Path fil : yamlFiler()) {
            for (Map<String, Object> dokument : les(fil)) {
                samleImages(dokument, images);
            }
        }
        assertTrue(images.size() >= 6, "fant for få images: " + images);
        images.forEach(DriftsoppsettTest::assertLastTag);
        for (Map<String, Object> image : liste(kustomization().get("images")).stream().map(DriftsoppsettTest::kart).toList()) {
            Object tag = image.get("newTag");
            Object digest = image.get("digest");
            assertTrue(digest != null || tag != null && !tag.toString().isBlank() && !"latest".equals(tag.toString()),
                    "kustomization.yaml: " + image.get("name") + " må ha newTag eller digest (ikke latest)");
        }
        List<String> fra = Files.readAllLines(DOCKERFILE).stream().map(String::strip)
                .filter(l -> l.toUpperCase().startsWith("FROM ")).map(l -> l.split("\\s+")[1]).toList();
        assertFalse(fra.isEmpty(), "Dockerfile.jvm uten FROM");
        fra.forEach(DriftsoppsettTest::assertLastTag);
    }

    // --- Docker Compose ---

    @Test
    void composeHarDatabaseKeycloakToInstanserLastbalansererOgEpostfanger() throws IOException {
        Map<String, Object> tjenester = composeTjenester();
        for (String navn : List.of("postgres", "keycloak", "app1", "app2")) {
            assertTrue(tjenester.containsKey(navn), "compose mangler tjenesten " + navn + ": " + tjenester.keySet());
        }
        assertTrue(image(tjenester, "postgres").startsWith("postgres:"));
        assertTrue(image(tjenester, "keycloak").startsWith("quay.io/keycloak/keycloak:26."));
        assertTrue(tjenesteMedImage(tjenester, "nginx", "traefik").isPresent(), "compose mangler en lastbalanserer");
        assertTrue(tjenesteMedImage(tjenester, "mailpit", "mailhog", "smtp4dev").isPresent(), "compose mangler en e-postfanger");

        Map<String, Object> postgres = kart(tjenester.get("postgres"));
        assertTrue(String.valueOf(kart(postgres.get("healthcheck")).get("test")).contains("pg_isready"));
        assertFalse(liste(postgres.get("volumes")).isEmpty(), "PostgreSQL uten volum mister dataene");

        Map<String, Object> keycloak = kart(tjenester.get("keycloak"));
        assertTrue(String.valueOf(keycloak.get("command")).contains("--import-realm"));
        String realm = liste(keycloak.get("volumes")).stream().map(String::valueOf)
                .filter(v -> v.contains(":/opt/keycloak/data/import")).findFirst()
                .orElseThrow(() -> new AssertionError("realmen er ikke montert i /opt/keycloak/data/import"));
        assertTrue(Files.isRegularFile(COMPOSE.resolve(realm.substring(0, realm.indexOf(':')))), "realmfilen finnes ikke: " + realm);
    }

    @Test
    void beggeInstanseneHarHverMiljovariabelSomProduksjonKrever() throws IOException {
        Map<String, Object> tjenester = composeTjenester();
        Set<String> pakrevd = pakrevdeMiljovariabler();
        for (String app : List.of("app1", "app2")) {
            Map<String, Object> tjeneste = kart(tjenester.get(app));
            Map<String, String> miljo = miljo(tjeneste.get("environment"));
            for (String variabel : pakrevd) {
                String verdi = miljo.get(variabel);
                assertTrue(verdi != null && !verdi.isBlank(), app + " mangler " + variabel + " i compose.yaml");
            }
            assertEquals("true", miljo.get("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING"), app + " stoler ikke på lastbalansererens X-Forwarded-*");
            assertEquals("src/main/docker/Dockerfile.jvm", kart(tjeneste.get("build")).get("dockerfile"));
            // Health is on the management port, which nginx does not forward.
            assertTrue(String.valueOf(kart(tjeneste.get("healthcheck")).get("test")).contains(":9000/q/health/ready"),
                    app + " uten helsesjekk på driftsporten");
        }
    }

    @Test
    void composeMigrererSomEierForInstanseneSomBareHarApplikasjonsrollen() throws IOException {
        Map<String, Object> tjenester = composeTjenester();
        Map<String, Object> migrering = kart(tjenester.get("migrering"));
        Map<String, String> eier = miljo(migrering.get("environment"));
        assertEquals("true", eier.get("QUARKUS_INIT_AND_EXIT"), "migreringen skal avslutte når den er ferdig");
        assertFalse("false".equals(eier.get("QUARKUS_FLYWAY_MIGRATE_AT_START")), "migreringen migrerer ikke");
        assertEquals("no", String.valueOf(migrering.get("restart")), "en ferdig migrering skal ikke startes igjen");
        for (String variabel : union(pakrevdeMiljovariabler(), Set.of("DB_MIGRERING_USERNAME", "DB_MIGRERING_PASSWORD"))) {
            assertTrue(eier.get(variabel) != null && !eier.get(variabel).isBlank(), "migrering mangler " + variabel);
        }
        for (String app : List.of("app1", "app2")) {
            Map<String, Object> tjeneste = kart(tjenester.get(app));
            Map<String, String> miljo = miljo(tjeneste.get("environment"));
            assertEquals("false", miljo.get("QUARKUS_FLYWAY_MIGRATE_AT_START"), app + " skal ikke migrere");
            assertFalse(miljo.containsKey("DB_MIGRERING_USERNAME") || miljo.containsKey("DB_MIGRERING_PASSWORD"), app + " har eierens innlogging");
            assertFalse(miljo.get("DB_USERNAME").equals(eier.get("DB_MIGRERING_USERNAME")), app + " kobler til som eieren");
            assertEquals("service_completed_successfully", kart(kart(tjeneste.get("depends_on")).get("migrering")).get("condition"),
                    app + " starter før migreringen er ferdig");
        }

        // PostgreSQL makes both roles on a new volume, by the script every installation runs.
        Map<String, Object> postgres = kart(tjenester.get("postgres"));
        List<String> volumer = liste(postgres.get("volumes")).stream().map(String::valueOf).toList();
        String init = volumer.stream().filter(v -> v.contains(":/docker-entrypoint-initdb.d/")).findFirst()
                .orElseThrow(() -> new AssertionError("PostgreSQL har ikke noe initskript for rollene"));
        Path skript = COMPOSE.resolve(init.substring(0, init.indexOf(':')));
        assertTrue(Files.isExecutable(skript), skript + " finnes ikke eller er ikke kjørbart");
        String roller = volumer.stream().filter(v -> v.contains("src/main/resources/db/roller.sql:")).findFirst()
                .orElseThrow(() -> new AssertionError("db/roller.sql er ikke montert i PostgreSQL"));
        assertTrue(Files.isRegularFile(COMPOSE.resolve(roller.substring(0, roller.indexOf(':')))), roller);
        String tekst = Files.readString(skript);
        Map<String, String> databasemiljo = miljo(postgres.get("environment"));
        assertTrue(tekst.contains("\\i " + roller.split(":")[1]), skript + " kjører ikke " + roller);
        for (String navn : List.of(eier.get("DB_MIGRERING_USERNAME"), eier.get("DB_USERNAME"))) {
            assertTrue(tekst.contains("'" + navn + "'"), skript + " oppretter ikke rollen " + navn);
        }
        Matcher getenv = Pattern.compile("\\\\getenv \\w+ (\\w+)").matcher(tekst);
        while (getenv.find()) {
            assertTrue(databasemiljo.containsKey(getenv.group(1)), "PostgreSQL får ikke " + getenv.group(1));
        }
    }

    @Test
    void hemmeligheteneComposeKreverStarIEnvEksempelet() throws IOException {
        String compose = Files.readString(COMPOSE.resolve("compose.yaml"));
        Set<String> eksempel = new TreeSet<>();
        for (String linje : Files.readAllLines(COMPOSE.resolve(".env.example"))) {
            if (linje.contains("=") && !linje.strip().startsWith("#")) {
                eksempel.add(linje.substring(0, linje.indexOf('=')).strip());
            }
        }
        Matcher m = Pattern.compile("\\$\\{([A-Z0-9_]+):\\?").matcher(compose);
        int antall = 0;
        while (m.find()) {
            antall++;
            assertTrue(eksempel.contains(m.group(1)), m.group(1) + " kreves av compose.yaml, men mangler i .env.example");
        }
        assertTrue(antall > 0, "compose.yaml skal ta hemmelighetene fra .env");
        assertTrue(Files.readAllLines(COMPOSE.resolve(".gitignore")).contains(".env"), "den ekte .env må ignoreres av git");
    }

    @Test
    void nginxFordelerPaBeggeInstanseneOgSenderVidereHodene() throws IOException {
        String nginx = Files.readString(COMPOSE.resolve("nginx.conf"));
        Matcher upstream = Pattern.compile("upstream\\s+(\\S+)\\s*\\{([^}]*)}").matcher(nginx);
        assertTrue(upstream.find(), "nginx.conf uten upstream");
        Set<String> servere = new TreeSet<>();
        Matcher server = Pattern.compile("(?m)^\\s*server\\s+([\\w.-]+):(\\d+)").matcher(upstream.group(2));
        while (server.find()) {
            servere.add(server.group(1) + ":" + server.group(2));
        }
        assertEquals(Set.of("app1:8080", "app2:8080"), servere);
        assertTrue(nginx.contains("proxy_pass http://" + upstream.group(1) + ";"), "proxy_pass går ikke til upstream");
        for (String hode : List.of("Host", "X-Forwarded-For", "X-Forwarded-Proto", "X-Forwarded-Host")) {
            assertTrue(Pattern.compile("proxy_set_header\\s+" + hode + "\\s").matcher(nginx).find(), "nginx sender ikke " + hode);
        }
    }

    // --- Kubernetes ---

    @Test
    void hverRessursIKustomizationFinnes() throws IOException {
        List<Object> ressurser = liste(kustomization().get("resources"));
        assertFalse(ressurser.isEmpty());
        for (Object ressurs : ressurser) {
            assertTrue(Files.isRegularFile(KUBERNETES.resolve(ressurs.toString())), "kustomization.yaml viser til " + ressurs + ", som ikke finnes");
        }
        Set<String> typer = new TreeSet<>();
        for (Map<String, Object> dokument : kubernetes()) {
            typer.add(dokument.get("kind").toString());
        }
        assertTrue(typer.containsAll(Set.of("Namespace", "ConfigMap", "Secret", "Deployment", "Service", "Ingress",
                "HorizontalPodAutoscaler", "PodDisruptionBudget")), "mangler typer: " + typer);
    }

    @Test
    void configMapOgSecretHarHverMiljovariabelSomProduksjonKrever() throws IOException {
        Map<String, Object> container = container();
        Set<String> satt = new TreeSet<>(env(container).keySet());
        Set<String> hemmelige = miljoFraKilder(container, "Secret").keySet();
        satt.addAll(miljoFraKilder(container, "ConfigMap").keySet());
        satt.addAll(hemmelige);
        for (String variabel : pakrevdeMiljovariabler()) {
            assertTrue(satt.contains(variabel), "Deploymenten får ikke " + variabel + " fra env, ConfigMap eller Secret");
        }
        for (String hemmelig : List.of("DB_PASSWORD", "OIDC_WEB_CLIENT_SECRET", "CSRF_SECRET")) {
            assertTrue(hemmelige.contains(hemmelig), hemmelig + " hører hjemme i en Secret, ikke i ConfigMap");
        }
        assertEquals("true", kart(dokument("ConfigMap").get("data")).get("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING"));
    }

    @Test
    void bareInitContainerenMigrererOgFarEierensHemmelighet() throws IOException {
        Map<String, Object> container = container();
        List<Object> init = liste(podSpec().get("initContainers"));
        assertEquals(1, init.size(), "én init-container som migrerer");
        Map<String, Object> migrering = kart(init.get(0));
        assertEquals(container.get("image"), migrering.get("image"), "migreringen skal kjøre samme image som applikasjonen");
        assertEquals("true", env(migrering).get("QUARKUS_INIT_AND_EXIT"));
        assertEquals("false", env(container).get("QUARKUS_FLYWAY_MIGRATE_AT_START"), "applikasjonscontaineren skal ikke migrere");

        Set<String> eiersHemmeligheter = Set.of("DB_MIGRERING_USERNAME", "DB_MIGRERING_PASSWORD");
        Map<String, String> migreringensMiljo = miljoFraKilder(migrering);
        assertTrue(migreringensMiljo.keySet().containsAll(union(pakrevdeMiljovariabler(), eiersHemmeligheter)),
                "init-containeren mangler variabler: " + migreringensMiljo.keySet());
        Map<String, String> appensMiljo = miljoFraKilder(container);
        for (String hemmelig : eiersHemmeligheter) {
            assertFalse(appensMiljo.containsKey(hemmelig) || env(container).containsKey(hemmelig), "applikasjonscontaineren får " + hemmelig);
        }
        assertFalse(appensMiljo.get("DB_USERNAME").equals(migreringensMiljo.get("DB_MIGRERING_USERNAME")), "applikasjonen kobler til som eieren");
        assertTrue(kart(migrering.get("securityContext")).get("readOnlyRootFilesystem") == Boolean.TRUE);
    }

    @Test
    void deploymentHarMinstToInstanserProberOgTrygOppstartOgStopp() throws IOException {
        Map<String, Object> deployment = dokument("Deployment");
        Map<String, Object> spec = kart(deployment.get("spec"));
        assertTrue(tall(spec.get("replicas")) >= 2, "replicas må være minst 2, er " + spec.get("replicas"));
        assertEquals(0, tall(kart(kart(spec.get("strategy")).get("rollingUpdate")).get("maxUnavailable")));

        Map<String, Object> container = container();
        Map<String, String> porter = containerporter(container);
        assertTrue(porter.containsValue("8080"), "containeren lytter ikke på 8080: " + porter);
        Map<String, String> prober = Map.of("readinessProbe", "/q/health/ready", "livenessProbe", "/q/health/live",
                "startupProbe", "/q/health/");
        prober.forEach((probe, sti) -> {
            Map<String, Object> httpGet = kart(kart(container.get(probe)).get("httpGet"));
            assertTrue(String.valueOf(httpGet.get("path")).startsWith(sti), probe + " peker på " + httpGet.get("path"));
            // Health is served on the management interface (9000) in production, not on the application's port.
            assertEquals("9000", porter.get(String.valueOf(httpGet.get("port"))), probe + " bruker ikke driftsporten 9000");
        });

        Map<String, Object> sikkerhet = kart(container.get("securityContext"));
        Map<String, Object> podSpec = podSpec();
        assertEquals(Boolean.TRUE, kart(podSpec.get("securityContext")).get("runAsNonRoot"));
        assertEquals(Boolean.TRUE, sikkerhet.get("readOnlyRootFilesystem"));
        assertTrue(liste(container.get("volumeMounts")).stream().map(DriftsoppsettTest::kart)
                .anyMatch(v -> "/tmp".equals(v.get("mountPath"))), "skrivebeskyttet rot krever en skrivbar /tmp");
        List<Object> preStop = liste(kart(kart(kart(container.get("lifecycle")).get("preStop")).get("exec")).get("command"));
        assertEquals("sleep", preStop.get(0), "preStop skal vente til lastbalansereren har sluttet å sende trafikk");
        assertTrue(tall(podSpec.get("terminationGracePeriodSeconds")) > Integer.parseInt(preStop.get(1).toString()),
                "terminationGracePeriodSeconds må være lengre enn preStop-pausen");
        assertFalse(liste(podSpec.get("topologySpreadConstraints")).isEmpty(), "instansene skal spres på noder");
        Map<String, Object> ressurser = kart(container.get("resources"));
        assertNotNull(kart(ressurser.get("requests")).get("memory"));
        assertNotNull(kart(ressurser.get("limits")).get("memory"));
    }

    @Test
    void hpaPdbServiceOgIngressPekerPaDeploymenten() throws IOException {
        Map<String, Object> deployment = dokument("Deployment");
        String navn = kart(deployment.get("metadata")).get("name").toString();
        Map<String, Object> podEtiketter = kart(kart(kart(kart(deployment.get("spec")).get("template")).get("metadata")).get("labels"));
        Map<String, Object> velger = kart(kart(kart(deployment.get("spec")).get("selector")).get("matchLabels"));
        assertTrue(podEtiketter.entrySet().containsAll(velger.entrySet()), "Deploymentens selector passer ikke podene");

        Map<String, Object> hpa = kart(dokument("HorizontalPodAutoscaler").get("spec"));
        assertEquals("autoscaling/v2", dokument("HorizontalPodAutoscaler").get("apiVersion"));
        Map<String, Object> mal = kart(hpa.get("scaleTargetRef"));
        assertEquals("Deployment", mal.get("kind"));
        assertEquals(navn, mal.get("name"));
        assertTrue(tall(hpa.get("minReplicas")) >= 2, "HPA-ens minReplicas må være minst 2");
        assertTrue(tall(hpa.get("maxReplicas")) >= tall(hpa.get("minReplicas")));

        Map<String, Object> pdb = kart(dokument("PodDisruptionBudget").get("spec"));
        Map<String, Object> pdbVelger = kart(kart(pdb.get("selector")).get("matchLabels"));
        assertFalse(pdbVelger.isEmpty());
        assertTrue(podEtiketter.entrySet().containsAll(pdbVelger.entrySet()), "PDB-en velger ikke Deploymentens poder: " + pdbVelger);
        assertTrue(tall(pdb.get("minAvailable")) >= 1);

        Map<String, Object> service = dokument("Service");
        Map<String, Object> serviceVelger = kart(kart(service.get("spec")).get("selector"));
        assertFalse(serviceVelger.isEmpty());
        assertTrue(podEtiketter.entrySet().containsAll(serviceVelger.entrySet()), "Servicen velger ikke Deploymentens poder: " + serviceVelger);

        // Only the application's port: health and metrics (9000) must never be reachable through the Ingress.
        Map<String, String> porter = containerporter(container());
        for (Map<String, Object> port : liste(kart(service.get("spec")).get("ports")).stream().map(DriftsoppsettTest::kart).toList()) {
            assertEquals("8080", porter.get(String.valueOf(port.get("targetPort"))), "Servicen slipper ut en annen port enn 8080: " + port);
        }

        String serviceNavn = kart(service.get("metadata")).get("name").toString();
        Map<String, Object> ingress = kart(dokument("Ingress").get("spec"));
        assertFalse(liste(ingress.get("tls")).isEmpty(), "Ingress uten TLS");
        for (Map<String, Object> regel : liste(ingress.get("rules")).stream().map(DriftsoppsettTest::kart).toList()) {
            for (Object sti : liste(kart(regel.get("http")).get("paths"))) {
                assertEquals(serviceNavn, kart(kart(kart(sti).get("backend")).get("service")).get("name"));
            }
        }
    }

    /** The container's ports, by name and by number, to the port number. */
    private static Map<String, String> containerporter(Map<String, Object> container) {
        Map<String, String> porter = new TreeMap<>();
        for (Map<String, Object> port : liste(container.get("ports")).stream().map(DriftsoppsettTest::kart).toList()) {
            String nummer = port.get("containerPort").toString();
            porter.put(nummer, nummer);
            if (port.get("name") != null) {
                porter.put(port.get("name").toString(), nummer);
            }
        }
        return porter;
    }

    /** What a container's envFrom gives it from resources of {@code kind} (ConfigMap or Secret), with the values. */
    private static Map<String, String> miljoFraKilder(Map<String, Object> container, String kind) throws IOException {
        String referanse = "ConfigMap".equals(kind) ? "configMapRef" : "secretRef";
        Set<String> navn = new TreeSet<>();
        for (Map<String, Object> kilde : liste(container.get("envFrom")).stream().map(DriftsoppsettTest::kart).toList()) {
            if (kilde.get(referanse) != null) {
                navn.add(kart(kilde.get(referanse)).get("name").toString());
            }
        }
        Map<String, String> miljo = new TreeMap<>();
        for (Map<String, Object> dokument : kubernetes()) {
            if (kind.equals(dokument.get("kind")) && navn.contains(kart(dokument.get("metadata")).get("name").toString())) {
                kart(dokument.get("data")).forEach((k, v) -> miljo.put(k, String.valueOf(v)));
                kart(dokument.get("stringData")).forEach((k, v) -> miljo.put(k, String.valueOf(v)));
            }
        }
        return miljo;
    }

    /** Everything a container's envFrom gives it, ConfigMaps and Secrets. */
    private static Map<String, String> miljoFraKilder(Map<String, Object> container) throws IOException {
        Map<String, String> miljo = miljoFraKilder(container, "ConfigMap");
        miljo.putAll(miljoFraKilder(container, "Secret"));
        return miljo;
    }

    /** A container's own env entries, name → value. */
    private static Map<String, String> env(Map<String, Object> container) {
        Map<String, String> env = new TreeMap<>();
        for (Map<String, Object> variabel : liste(container.get("env")).stream().map(DriftsoppsettTest::kart).toList()) {
            env.put(variabel.get("name").toString(), String.valueOf(variabel.get("value")));
        }
        return env;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> alle = new TreeSet<>(a);
        alle.addAll(b);
        return alle;
    }

    // --- Helpers ---

    /** The environment variables {@link ProductionConfigCheck} stops the start-up without: "DB_URL (…)" → DB_URL. */
    static Set<String> pakrevdeMiljovariabler() {
        try {
            Set<String> variabler = new TreeSet<>();
            // The required variables, and the application's own secrets, which are required as well.
            for (String liste : List.of("PAKREVD", "HEMMELIGHETER")) {
                Field felt = ProductionConfigCheck.class.getDeclaredField(liste);
                felt.setAccessible(true);
                for (Object beskrivelse : ((Map<?, ?>) felt.get(null)).values()) {
                    variabler.add(beskrivelse.toString().split("[\\s(]", 2)[0]);
                }
            }
            assertTrue(variabler.containsAll(Set.of("DB_URL", "OIDC_AUTH_SERVER_URL", "SMTP_HOST", "CSRF_SECRET")), variabler.toString());
            return variabler;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("fant ikke listen over påkrevde variabler i ProductionConfigCheck", e);
        }
    }

    private static List<Path> yamlFiler() throws IOException {
        try (Stream<Path> filer = Files.walk(DEPLOY)) {
            return filer.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".yaml") || f.getFileName().toString().endsWith(".yml"))
                    .sorted().toList();
        }
    }

    /** Every document of a file (several may be separated by ---), as maps; empty documents are skipped. */
    static List<Map<String, Object>> les(Path fil) throws IOException {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        List<Map<String, Object>> dokumenter = new ArrayList<>();
        for (Object dokument : yaml.loadAll(Files.readString(fil))) {
            if (dokument != null) {
                if (!(dokument instanceof Map)) {
                    fail(fil + ": et dokument er ikke et kart");
                }
                dokumenter.add(kart(dokument));
            }
        }
        return dokumenter;
    }

    private static Map<String, Object> composeTjenester() throws IOException {
        return kart(les(COMPOSE.resolve("compose.yaml")).get(0).get("services"));
    }

    private static Map<String, Object> kustomization() throws IOException {
        return les(KUBERNETES.resolve("kustomization.yaml")).get(0);
    }

    /** The documents of every resource kustomization.yaml lists. */
    private static List<Map<String, Object>> kubernetes() throws IOException {
        List<Map<String, Object>> dokumenter = new ArrayList<>();
        for (Object ressurs : liste(kustomization().get("resources"))) {
            dokumenter.addAll(les(KUBERNETES.resolve(ressurs.toString())));
        }
        return dokumenter;
    }

    private static Map<String, Object> dokument(String kind) throws IOException {
        List<Map<String, Object>> treff = kubernetes().stream().filter(d -> kind.equals(d.get("kind"))).toList();
        assertEquals(1, treff.size(), "forventet nøyaktig én " + kind);
        return treff.get(0);
    }

    private static Map<String, Object> podSpec() throws IOException {
        return kart(kart(kart(dokument("Deployment").get("spec")).get("template")).get("spec"));
    }

    private static Map<String, Object> container() throws IOException {
        List<Object> containere = liste(podSpec().get("containers"));
        assertEquals(1, containere.size());
        return kart(containere.get(0));
    }

    private static String image(Map<String, Object> tjenester, String tjeneste) {
        return String.valueOf(kart(tjenester.get(tjeneste)).get("image"));
    }

    private static java.util.Optional<String> tjenesteMedImage(Map<String, Object> tjenester, String... images) {
        return tjenester.keySet().stream().filter(t -> {
            String image = image(tjenester, t);
            return Stream.of(images).anyMatch(i -> image.matches("(.*/)?" + i + ":.*"));
        }).findFirst();
    }

    /** Compose's environment is either a map or a list of NAME=value. */
    private static Map<String, String> miljo(Object environment) {
        Map<String, String> miljo = new LinkedHashMap<>();
        if (environment instanceof Map<?, ?> kart) {
            kart.forEach((k, v) -> miljo.put(k.toString(), v == null ? null : v.toString()));
        } else {
            for (Object linje : liste(environment)) {
                String[] deler = linje.toString().split("=", 2);
                miljo.put(deler[0], deler.length > 1 ? deler[1] : null);
            }
        }
        return miljo;
    }

    private static void samleImages(Object node, List<String> images) {
        if (node instanceof Map<?, ?> kart) {
            kart.forEach((k, v) -> {
                if ("image".equals(k) && v instanceof String s) {
                    images.add(s);
                } else {
                    samleImages(v, images);
                }
            });
        } else if (node instanceof List<?> liste) {
            liste.forEach(element -> samleImages(element, images));
        }
    }

    /** registry:5000/owner/name:tag[@sha256:…]: the tag is after the last colon of the last path segment. */
    private static void assertLastTag(String image) {
        String utenDigest = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
        String sisteLedd = utenDigest.substring(utenDigest.lastIndexOf('/') + 1);
        int kolon = sisteLedd.lastIndexOf(':');
        assertTrue(kolon > 0, "imaget " + image + " er ikke låst til en tag");
        String tag = sisteLedd.substring(kolon + 1);
        assertFalse(tag.isBlank() || "latest".equals(tag) || tag.contains("${"), "imaget " + image + " har ingen fast tag");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> kart(Object node) {
        return node == null ? Map.of() : (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> liste(Object node) {
        return node == null ? List.of() : (List<Object>) node;
    }

    private static int tall(Object node) {
        assertNotNull(node, "tallet mangler");
        return Integer.parseInt(node.toString());
    }
}
