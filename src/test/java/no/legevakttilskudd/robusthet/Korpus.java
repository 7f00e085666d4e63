package no.legevakttilskudd.robusthet;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The malformed requests for one write route, made from what the route declares (content type, JSON type, form and
 * file fields), so a new route gets its share without anyone writing cases for it. Deterministic for a given seed.
 */
final class Korpus {

    /** One malformed request: the body as raw bytes, so it can be anything; {@code parameter} replaces one path value. */
    record Tilfelle(String navn, String innholdstype, byte[] kropp, String parameter, String verdi, boolean forStor) {

        static Tilfelle av(String navn, String innholdstype, byte[] kropp) {
            return new Tilfelle(navn, innholdstype, kropp, null, null, false);
        }
    }

    static final String GRENSE = "lvGrense7MA4YWxkTrZu0gW";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODER = JsonNodeFactory.instance;
    private static final String LANG = "x".repeat(100_000);
    private static final int MIB = 1024 * 1024;

    /** Strings that are well-formed but hostile: injections, control characters, direction marks. */
    static final List<String> FIENDTLIGE_TEKSTER = List.of(
            "'; drop table soknad; --",
            "1 OR 1=1",
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "NUL\u0000 og kontroll\u0001\u001f\u007f",
            "\u202Eomvendt\u200B",
            "${jndi:ldap://x/a} {{7*7}} %s%n",
            LANG);

    /** Values of the wrong kind for a numeric field, as JSON text. */
    private static final List<String> FEIL_TALL = List.of("-1", "-9223372036854775809", "99999999999999999999999", "1500.5",
            "1e400", "0.0000001", "\"1500\"");

    private final Random tilfeldig;
    private String csrf;

    Korpus(long frø) {
        this.tilfeldig = new Random(frø);
    }

    /** The cases for {@code rute}, a page route's with {@code csrf}: the token of the user who sends them. */
    List<Tilfelle> for_(Skriverute rute, String csrf) {
        this.csrf = csrf;
        List<Tilfelle> tilfeller = new ArrayList<>();
        felles(rute, tilfeller);
        switch (rute.innhold()) {
            case JSON -> json(rute, tilfeller);
            case SKJEMA -> skjema(rute, tilfeller);
            case MULTIPART -> multipart(rute, tilfeller);
            case CSV -> csv(tilfeller);
            case INGEN -> {
                // Covered by the common cases: a route without input must ignore or refuse whatever it is sent.
            }
        }
        stier(rute, tilfeller);
        return tilfeller;
    }

    /** Cases every route gets, whatever it takes. */
    private void felles(Skriverute rute, List<Tilfelle> t) {
        String type = rute.innholdstype();
        t.add(Tilfelle.av("tom kropp", type, new byte[0]));
        for (int storrelse : new int[] {1, 17, 256, 4096, 65_536}) {
            t.add(Tilfelle.av("tilfeldige bytes (" + storrelse + ")", type, tilfeldigeBytes(storrelse)));
        }
        t.add(Tilfelle.av("ugyldig UTF-8", type, bytes(0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0xff, 0xfe, 0xed, 0xa0,
                0x80, 0x22, 0x7d)));
        for (String topp : List.of("[]", "\"tekst\"", "42", "null", "true", "{}", "[{}]")) {
            t.add(Tilfelle.av("JSON på toppen: " + topp, "application/json", utf8(topp)));
        }
        t.add(Tilfelle.av("2000 nivåer [", "application/json", utf8("[".repeat(2000) + "]".repeat(2000))));
        t.add(Tilfelle.av("2000 nivåer {\"a\":", "application/json", utf8("{\"a\":".repeat(2000) + "1" + "}".repeat(2000))));
        t.add(Tilfelle.av("100 000 åpne [", "application/json", utf8("[".repeat(100_000))));
        t.add(Tilfelle.av("text/plain", "text/plain; charset=UTF-8", utf8("hei")));
        t.add(Tilfelle.av("application/xml", "application/xml", utf8("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM "
                + "\"file:///etc/passwd\">]><a>&x;</a>")));
        t.add(Tilfelle.av("multipart uten deler", "multipart/form-data; boundary=" + GRENSE, utf8("--" + GRENSE + "--\r\n")));
        t.add(Tilfelle.av("JSON som skjema", "application/x-www-form-urlencoded", utf8("{\"a\":1}")));
        t.add(Tilfelle.av("ingen innholdstype", null, utf8("{}")));
        t.add(Tilfelle.av("ugyldig innholdstype", "ikke/en//type;;=", utf8("{}")));
        t.add(Tilfelle.av("ukjent tegnsett", "application/json; charset=finnes-ikke", utf8("{}")));
        t.add(Tilfelle.av("UTF-16 med JSON-type", "application/json; charset=UTF-16", "{\"a\":\"b\"}".getBytes(StandardCharsets.UTF_16)));
        t.add(new Tilfelle("12 MiB (over grensen for HTTP)", type, fyll(12 * MIB, (byte) 'a'), null, null, true));
    }

    private void json(Skriverute rute, List<Tilfelle> t) {
        JsonNode grunnlag = rute.jsonType() == null ? NODER.objectNode() : eksempel(rute.jsonType(), 0);
        String json = "application/json";
        t.add(Tilfelle.av("JSON som multipart", "multipart/form-data; boundary=" + GRENSE, utf8(grunnlag.toString())));
        t.add(Tilfelle.av("JSON som text/plain", "text/plain", utf8(grunnlag.toString())));
        t.add(Tilfelle.av("JSON avkuttet", json, utf8(grunnlag.toString().substring(0, Math.max(1, grunnlag.toString().length() / 2)))));
        t.add(Tilfelle.av("JSON med kommentar og etterfølgende komma", json, utf8("{/* x */ \"a\": 1,}")));
        t.add(Tilfelle.av("BOM foran JSON", json, konkat(bytes(0xef, 0xbb, 0xbf), utf8(grunnlag.toString()))));
        t.add(Tilfelle.av("NaN og Infinity", json, utf8("{\"a\": NaN, \"b\": Infinity}")));
        t.add(Tilfelle.av("ugyldig escape", json, utf8("{\"a\": \"\\x41\\uZZZZ\"}")));
        t.add(Tilfelle.av("ensom surrogat", json, utf8("{\"a\": \"\\uD800\"}")));
        if (grunnlag instanceof ObjectNode objekt && objekt.size() > 0) {
            String forste = objekt.fieldNames().next();
            String uten = objekt.toString().substring(1);
            t.add(Tilfelle.av("dobbel nøkkel " + forste, json, utf8("{\"" + forste + "\": {\"x\": [1]}, " + uten)));
            ObjectNode ukjent = objekt.deepCopy();
            ukjent.put("ukjentFelt", 1);
            t.add(Tilfelle.av("ukjent felt", json, utf8(ukjent.toString())));
            ObjectNode lange = objekt.deepCopy();
            t.add(Tilfelle.av("alle tekster 100 000 tegn", json, utf8(erstattTekster(lange, LANG).toString())));
            ObjectNode stor = objekt.deepCopy();
            ArrayNode mange = NODER.arrayNode();
            for (int i = 0; i < 20_000; i++) {
                mange.add(i);
            }
            stor.set(forste, mange);
            t.add(Tilfelle.av("liste med 20 000 elementer i " + forste, json, utf8(stor.toString())));
        }
        for (Map.Entry<String, JsonNode> blad : blader(grunnlag, "")) {
            for (Map.Entry<String, String> verdi : feilVerdier(blad.getValue())) {
                JsonNode kopi = grunnlag.deepCopy();
                sett(kopi, blad.getKey(), les(verdi.getValue()));
                t.add(Tilfelle.av(blad.getKey() + " = " + verdi.getKey(), json, utf8(kopi.toString())));
            }
        }
    }

    private void skjema(Skriverute rute, List<Tilfelle> t) {
        List<String> felter = new ArrayList<>(rute.felter());
        if (rute.heleSkjemaet() || felter.isEmpty()) {
            // The method reads the whole form; these are the names the forms use.
            for (String navn : List.of("belop", "tekst", "kvalitet", "utfall", "kommentar", "notat", "navn", "tiltak[0].belop")) {
                if (!felter.contains(navn)) {
                    felter.add(navn);
                }
            }
        }
        String type = rute.innholdstype();
        t.add(Tilfelle.av("bare CSRF-feltet", type, utf8(skjemakropp(csrf, List.of()))));
        t.add(Tilfelle.av("uten CSRF-feltet", type, utf8("belop=1")));
        t.add(Tilfelle.av("ugyldig prosentkoding", type, utf8(skjemakropp(csrf, List.of()) + "&%ZZ=%G1&a=%")));
        t.add(Tilfelle.av("ugyldig UTF-8 i skjemaet", type, konkat(utf8(skjemakropp(csrf, List.of()) + "&tekst="), bytes(0xc3, 0x28, 0xff))));
        t.add(Tilfelle.av("ukjente felt", type, utf8(skjemakropp(csrf, List.of(Map.entry("finnesIkke", "1"), Map.entry("[", "]"))))));
        StringBuilder mange = new StringBuilder(skjemakropp(csrf, List.of()));
        for (int i = 0; i < 5_000; i++) {
            mange.append("&f").append(i).append("=").append(i);
        }
        t.add(Tilfelle.av("5000 felt", type, utf8(mange.toString())));
        for (String felt : felter) {
            List<Map.Entry<String, String>> andre = felter.stream().filter(f -> !f.equals(felt)).map(f -> Map.entry(f, "1")).toList();
            t.add(Tilfelle.av(felt + " mangler", type, utf8(skjemakropp(csrf, andre))));
            for (String verdi : List.of("", " ", "abc", "-1", "99999999999999999999", "1.5", "1e3", "0x10", "FINNES_IKKE")) {
                t.add(Tilfelle.av(felt + " = «" + verdi + "»", type, utf8(skjemakropp(csrf, med(andre, felt, verdi)))));
            }
            for (String verdi : FIENDTLIGE_TEKSTER) {
                t.add(Tilfelle.av(felt + " = " + kort(verdi), type, utf8(skjemakropp(csrf, med(andre, felt, verdi)))));
            }
            List<Map.Entry<String, String>> gjentatt = new ArrayList<>(med(andre, felt, "1"));
            gjentatt.add(Map.entry(felt, "2"));
            gjentatt.add(Map.entry(felt, "abc"));
            t.add(Tilfelle.av(felt + " gjentatt", type, utf8(skjemakropp(csrf, gjentatt))));
        }
    }

    private void multipart(Skriverute rute, List<Tilfelle> t) {
        String type = rute.innholdstype();
        String fil = rute.filer().isEmpty() ? "fil" : rute.filer().get(0);
        byte[] pdf = utf8("%PDF-1.4 test");
        t.add(Tilfelle.av("ikke en PDF, men .pdf", type, multipartkropp(rute, fil, "plan.pdf", "application/pdf",
                utf8("Dette er ikke en PDF."))));
        t.add(Tilfelle.av("tilfeldige bytes som .pdf", type, multipartkropp(rute, fil, "plan.pdf", "application/pdf",
                tilfeldigeBytes(4096))));
        t.add(Tilfelle.av("tom fil", type, multipartkropp(rute, fil, "tom.pdf", "application/pdf", new byte[0])));
        t.add(Tilfelle.av("11 MB PDF", type, multipartkropp(rute, fil, "stor.pdf", "application/pdf",
                konkat(pdf, fyll(11_000_000, (byte) ' ')))));
        t.add(new Tilfelle("12 MiB fil (over grensen for HTTP)", type, multipartkropp(rute, fil, "stor.pdf", "application/pdf",
                konkat(pdf, fyll(12 * MIB, (byte) ' '))), null, null, true));
        t.add(Tilfelle.av("filnavn med ../ og NUL", type, multipartkropp(rute, fil, "../../etc/pass\u0000wd.pdf", "application/pdf",
                utf8("ikke pdf"))));
        t.add(Tilfelle.av("filnavn 100 000 tegn", type, multipartkropp(rute, fil, LANG + ".pdf", "application/pdf", utf8("ikke pdf"))));
        t.add(Tilfelle.av("filen mangler", type, konkat(deler(rute, Map.of()), utf8("--" + GRENSE + "--\r\n"))));
        t.add(Tilfelle.av("feil grense i kroppen", type, utf8("--annenGrense\r\nContent-Disposition: form-data; name=\"" + fil
                + "\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4\r\n--annenGrense--\r\n")));
        t.add(Tilfelle.av("mangler sluttgrensen", type, utf8("--" + GRENSE + "\r\nContent-Disposition: form-data; name=\"" + fil
                + "\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4")));
        t.add(Tilfelle.av("uten grense i innholdstypen", "multipart/form-data", multipartkropp(rute, fil, "a.pdf", "application/pdf", pdf)));
        t.add(Tilfelle.av("del uten Content-Disposition", type, utf8("--" + GRENSE + "\r\nContent-Type: text/plain\r\n\r\nhei\r\n--"
                + GRENSE + "--\r\n")));
        t.add(Tilfelle.av("to filer i samme felt", type, konkat(deler(rute, Map.of()), fildel(fil, "a.pdf", "application/pdf",
                utf8("ikke pdf")), fildel(fil, "b.pdf", "application/pdf", utf8("ikke pdf")), utf8("--" + GRENSE + "--\r\n"))));
        t.add(Tilfelle.av("JSON til multipart", "application/json", utf8("{\"" + fil + "\": \"JVBERi0=\"}")));
        for (String felt : rute.felter()) {
            for (String verdi : List.of("abc", "-1", "99999999999999999999", "{\"a\":", "NUL\u0000", LANG)) {
                t.add(Tilfelle.av(felt + " = " + kort(verdi), type, konkat(deler(rute, Map.of(felt, verdi)),
                        fildel(fil, "a.pdf", "application/pdf", utf8("ikke pdf")), utf8("--" + GRENSE + "--\r\n"))));
            }
        }
    }

    private static void csv(List<Tilfelle> t) {
        String type = "text/csv; charset=UTF-8";
        t.add(Tilfelle.av("CSV bare overskrift", type, utf8("kommunenummer;navn\n")));
        t.add(Tilfelle.av("CSV med formelinjeksjon", type, utf8("kommunenummer;navn\n=cmd|' /C calc'!A0;'; drop table kommune; --\n")));
        t.add(Tilfelle.av("CSV med NUL og ujevne rader", type, utf8("a;b;c\n1\u0000;2\n\"uavsluttet;3;4;5;6\n")));
        t.add(Tilfelle.av("CSV med felt på 100 000 tegn", type, utf8("kommunenummer;navn\n1856;" + LANG + "\n")));
        t.add(Tilfelle.av("CSV som JSON", "application/json", utf8("[[\"1856\",\"Røst\"]]")));
    }

    /** Bad values in the path: for each parameter of the route in turn. */
    private void stier(Skriverute rute, List<Tilfelle> t) {
        byte[] kropp = rute.innhold() == Skriverute.Innhold.SKJEMA ? utf8(skjemakropp(csrf, List.of())) : utf8("{}");
        String type = rute.innhold() == Skriverute.Innhold.SKJEMA ? rute.innholdstype() : "application/json";
        for (String parameter : rute.parametre()) {
            for (String verdi : List.of("abc", "-1", "0", "99999999999999999999", "1.5", "%00", "1%20OR%201%3D1",
                    "%27%3B%20drop%20table%20soknad%3B--", "%3Cscript%3E", "%C3%28", "%E2%80%AE", "1;2")) {
                t.add(new Tilfelle("{" + parameter + "} = " + verdi, type, kropp, parameter, verdi, false));
            }
        }
    }

    /** The example JSON a type describes: each field filled with a plausible value of its type. */
    static JsonNode eksempel(Type type, int dybde) {
        Class<?> klasse = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : type instanceof Class<?> c ? c : Object.class;
        if (klasse == String.class) {
            return NODER.textNode("tekst");
        }
        if (klasse == long.class || klasse == Long.class || klasse == int.class || klasse == Integer.class || klasse == short.class
                || klasse == BigInteger.class) {
            return NODER.numberNode(1);
        }
        if (klasse == double.class || klasse == Double.class || klasse == BigDecimal.class) {
            return NODER.numberNode(1.0);
        }
        if (klasse == boolean.class || klasse == Boolean.class) {
            return NODER.booleanNode(true);
        }
        if (klasse.isEnum()) {
            return NODER.textNode(((Enum<?>) klasse.getEnumConstants()[0]).name());
        }
        if (klasse == LocalDate.class) {
            return NODER.textNode("2030-01-01");
        }
        if (klasse == LocalDateTime.class) {
            return NODER.textNode("2030-01-01T12:00");
        }
        if (klasse == Instant.class || klasse == OffsetDateTime.class) {
            return NODER.textNode("2030-01-01T12:00:00Z");
        }
        if (Collection.class.isAssignableFrom(klasse)) {
            ArrayNode liste = NODER.arrayNode();
            if (dybde < 5 && type instanceof ParameterizedType p) {
                liste.add(eksempel(p.getActualTypeArguments()[0], dybde + 1));
            }
            return liste;
        }
        ObjectNode objekt = NODER.objectNode();
        if (klasse.isRecord() && dybde < 5) {
            for (RecordComponent komponent : klasse.getRecordComponents()) {
                objekt.set(komponent.getName(), eksempel(komponent.getGenericType(), dybde + 1));
            }
        }
        return objekt;
    }

    /** Every leaf (value that is not an object or a list) with its JSON path. */
    static List<Map.Entry<String, JsonNode>> blader(JsonNode node, String sti) {
        List<Map.Entry<String, JsonNode>> blader = new ArrayList<>();
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> felt : node.properties()) {
                blader.addAll(blader(felt.getValue(), sti.isEmpty() ? felt.getKey() : sti + "." + felt.getKey()));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                blader.addAll(blader(node.get(i), sti + "[" + i + "]"));
            }
            if (node.isEmpty()) {
                blader.add(Map.entry(sti, node));
            }
        } else {
            blader.add(Map.entry(sti, node));
        }
        return blader;
    }

    /** Values for a leaf: every other JSON type, and for numbers and text the hostile values of their own type. */
    private static List<Map.Entry<String, String>> feilVerdier(JsonNode blad) {
        List<Map.Entry<String, String>> verdier = new ArrayList<>();
        for (String annen : List.of("\"tekst\"", "7", "{}", "[]", "true", "null", "{\"a\":{\"b\":[1]}}")) {
            verdier.add(Map.entry(annen, annen));
        }
        if (blad.isNumber()) {
            FEIL_TALL.forEach(v -> verdier.add(Map.entry(v, v)));
        } else {
            for (String tekst : FIENDTLIGE_TEKSTER) {
                verdier.add(Map.entry(kort(tekst), NODER.textNode(tekst).toString()));
            }
            verdier.add(Map.entry("«FINNES_IKKE»", "\"FINNES_IKKE\""));
        }
        return verdier;
    }

    private static JsonNode les(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void sett(JsonNode rot, String sti, JsonNode verdi) {
        List<String> deler = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]").matcher(sti);
        while (m.find()) {
            deler.add(m.group());
        }
        JsonNode node = rot;
        for (int i = 0; i < deler.size() - 1; i++) {
            String del = deler.get(i);
            node = del.startsWith("[") ? node.get(Integer.parseInt(del.substring(1, del.length() - 1))) : node.get(del);
        }
        String siste = deler.get(deler.size() - 1);
        if (siste.startsWith("[")) {
            ((ArrayNode) node).set(Integer.parseInt(siste.substring(1, siste.length() - 1)), verdi);
        } else {
            ((ObjectNode) node).set(siste, verdi);
        }
    }

    private static JsonNode erstattTekster(JsonNode node, String tekst) {
        if (node instanceof ObjectNode objekt) {
            List<String> navn = new ArrayList<>();
            objekt.fieldNames().forEachRemaining(navn::add);
            for (String n : navn) {
                objekt.set(n, objekt.get(n).isTextual() ? NODER.textNode(tekst) : erstattTekster(objekt.get(n), tekst));
            }
        } else if (node instanceof ArrayNode liste) {
            for (int i = 0; i < liste.size(); i++) {
                liste.set(i, liste.get(i).isTextual() ? NODER.textNode(tekst) : erstattTekster(liste.get(i), tekst));
            }
        }
        return node;
    }

    static String skjemakropp(String csrf, List<Map.Entry<String, String>> felter) {
        StringBuilder kropp = new StringBuilder(Skriverute.CSRF_FELT + "=" + csrf);
        for (Map.Entry<String, String> felt : felter) {
            kropp.append('&').append(URLEncoder.encode(felt.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(felt.getValue(), StandardCharsets.UTF_8));
        }
        return kropp.toString();
    }

    private static List<Map.Entry<String, String>> med(List<Map.Entry<String, String>> andre, String felt, String verdi) {
        List<Map.Entry<String, String>> alle = new ArrayList<>(andre);
        alle.add(Map.entry(felt, verdi));
        return alle;
    }

    /** The text parts: the CSRF token for a page, each declared field as "1" unless given. */
    private byte[] deler(Skriverute rute, Map<String, String> verdier) {
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        if (rute.erSide()) {
            ut.writeBytes(tekstdel(Skriverute.CSRF_FELT, csrf));
        }
        for (String felt : rute.felter()) {
            ut.writeBytes(tekstdel(felt, verdier.getOrDefault(felt, "1")));
        }
        return ut.toByteArray();
    }

    private byte[] multipartkropp(Skriverute rute, String felt, String filnavn, String type, byte[] innhold) {
        return konkat(deler(rute, Map.of()), fildel(felt, filnavn, type, innhold), utf8("--" + GRENSE + "--\r\n"));
    }

    private static byte[] tekstdel(String navn, String verdi) {
        return utf8("--" + GRENSE + "\r\nContent-Disposition: form-data; name=\"" + navn + "\"\r\n\r\n" + verdi + "\r\n");
    }

    private static byte[] fildel(String navn, String filnavn, String type, byte[] innhold) {
        return konkat(utf8("--" + GRENSE + "\r\nContent-Disposition: form-data; name=\"" + navn + "\"; filename=\"" + filnavn
                + "\"\r\nContent-Type: " + type + "\r\n\r\n"), innhold, utf8("\r\n"));
    }

    private byte[] tilfeldigeBytes(int antall) {
        byte[] bytes = new byte[antall];
        tilfeldig.nextBytes(bytes);
        return bytes;
    }

    static String kort(String tekst) {
        String synlig = tekst.replace("\u0000", "\\0").replaceAll("\\p{Cntrl}", "?");
        return synlig.length() > 40 ? synlig.substring(0, 20) + "…(" + synlig.length() + " tegn)" : synlig;
    }

    private static byte[] utf8(String tekst) {
        return tekst.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(int... verdier) {
        byte[] bytes = new byte[verdier.length];
        for (int i = 0; i < verdier.length; i++) {
            bytes[i] = (byte) verdier[i];
        }
        return bytes;
    }

    private static byte[] fyll(int antall, byte verdi) {
        byte[] bytes = new byte[antall];
        java.util.Arrays.fill(bytes, verdi);
        return bytes;
    }

    private static byte[] konkat(byte[]... deler) {
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        for (byte[] del : deler) {
            ut.writeBytes(del);
        }
        return ut.toByteArray();
    }
}
