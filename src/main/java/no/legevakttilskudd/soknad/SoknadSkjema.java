package no.legevakttilskudd.soknad;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import no.legevakttilskudd.felles.problem.Feltfeil;
import no.legevakttilskudd.felles.web.Skjema;
import no.legevakttilskudd.regler.Kroner;
import no.legevakttilskudd.regler.Vaktform;
import no.legevakttilskudd.regler.TiltakKategori;

/**
 * The application form on the page, step by step. Field names are the API's JSON paths
 * ({@code tiltak[0].budsjettlinjer[1].belop}), so the validator's errors land next to the right field. A step's post
 * replaces only that step's part of the application; the other steps keep what is stored.
 */
public final class SoknadSkjema {

    /** The form's steps, in order. {@code felter} are the JSON path prefixes a step owns, for routing errors to it. */
    public enum Steg {
        KONTAKT(1, List.of("kontaktperson")),
        LEGEVAKT(2, List.of("legevaktKommuner", "vaktbelastning")),
        TILTAK(3, List.of("tiltak")),
        FORMAL(4, List.of("formal", "fil"));

        public final int nummer;
        private final List<String> felter;

        Steg(int nummer, List<String> felter) {
            this.nummer = nummer;
            this.felter = felter;
        }

        public static Steg nummer(int nummer) {
            for (Steg steg : values()) {
                if (steg.nummer == nummer) {
                    return steg;
                }
            }
            return null;
        }

        public static Steg forFelt(String felt) {
            for (Steg steg : values()) {
                if (steg.felter.stream().anyMatch(felt::startsWith)) {
                    return steg;
                }
            }
            return KONTAKT;
        }

        /** Whether {@code felt} is one of this step's own fields (not a whole-application error shown on step 1). */
        public boolean har(String felt) {
            return felt != null && felter.stream().anyMatch(felt::startsWith);
        }

        public Steg neste() {
            return this == FORMAL ? null : values()[ordinal() + 1];
        }

        public Steg forrige() {
            return this == KONTAKT ? null : values()[ordinal() - 1];
        }
    }

    /**
     * A measure as the page lays it out, with the field names of its parts and their errors: the page reads a row's
     * own values, not the whole form's, inside its loops (docs/performance.md, «Andre runde», Qute).
     */
    public record TiltakRad(int indeks, String kategori, List<LinjeRad> linjer, long sum, String kategoriFeil, String linjerFeil) {

        public String kategoriNavn() {
            return "tiltak[" + indeks + "].kategori";
        }

        public String beskrivelseNavn() {
            return "tiltak[" + indeks + "].beskrivelse";
        }

        public String linjerNavn() {
            return "tiltak[" + indeks + "].budsjettlinjer";
        }

        public int nummer() {
            return indeks + 1;
        }
    }

    public record LinjeRad(int tiltak, int indeks, String tekst, String tekstFeil, String belop, String belopFeil) {

        private LinjeRad(int tiltak, int indeks, Skjema skjema) {
            this(tiltak, indeks, skjema.verdi(navn(tiltak, indeks, "tekst")), skjema.feil(navn(tiltak, indeks, "tekst")),
                    skjema.verdi(navn(tiltak, indeks, "belop")), skjema.feil(navn(tiltak, indeks, "belop")));
        }

        private static String navn(int tiltak, int indeks, String felt) {
            return "tiltak[" + tiltak + "].budsjettlinjer[" + indeks + "]." + felt;
        }

        public String tekstNavn() {
            return navn(tiltak, indeks, "tekst");
        }

        public String belopNavn() {
            return navn(tiltak, indeks, "belop");
        }

        public int nummer() {
            return indeks + 1;
        }
    }

    /** The result of reading a posted step: the whole application as it would be stored, and what could not be read. */
    public record Lest(SoknadInput input, Skjema skjema) {
    }

    private SoknadSkjema() {
    }

    /** The stored application as form values. */
    public static Skjema verdier(SoknadInput input) {
        Skjema skjema = new Skjema();
        SoknadInput.Kontaktperson k = input.kontaktperson();
        if (k != null) {
            skjema.verdi("kontaktperson.navn", k.navn()).verdi("kontaktperson.epost", k.epost())
                    .verdi("kontaktperson.telefon", k.telefon());
        }
        List<String> kommuner = input.legevaktKommuner() == null ? List.of() : input.legevaktKommuner();
        for (int i = 0; i < kommuner.size(); i++) {
            skjema.verdi("legevaktKommuner[" + i + "]", kommuner.get(i));
        }
        SoknadInput.Vaktordning v = input.vaktbelastning();
        if (v != null) {
            skjema.verdi("vaktbelastning.antallLeger", v.antallLeger()).verdi("vaktbelastning.vaktdeling", v.vaktdeling())
                    .verdi("vaktbelastning.vaktdognPerLege", v.vaktdognPerLege())
                    .verdi("vaktbelastning.vaktform", v.vaktform());
        }
        List<SoknadInput.TiltakInput> tiltak = input.tiltak() == null ? List.of() : input.tiltak();
        for (int i = 0; i < tiltak.size(); i++) {
            SoknadInput.TiltakInput t = tiltak.get(i);
            skjema.verdi("tiltak[" + i + "].kategori", t.kategori()).verdi("tiltak[" + i + "].beskrivelse", t.beskrivelse());
            List<SoknadInput.BudsjettlinjeInput> linjer = t.budsjettlinjer() == null ? List.of() : t.budsjettlinjer();
            for (int j = 0; j < linjer.size(); j++) {
                skjema.verdi("tiltak[" + i + "].budsjettlinjer[" + j + "].tekst", linjer.get(j).tekst())
                        .verdi("tiltak[" + i + "].budsjettlinjer[" + j + "].belop", linjer.get(j).belop());
            }
        }
        skjema.verdi("formal", input.formal());
        return skjema;
    }

    /**
     * Reads one step's fields from the posted form into the stored application. Numbers are read leniently
     * ("1 500 000", "1.500.000") and a value that is not a whole number becomes an error on its field. A budget line
     * left completely empty is dropped: an empty row is what the page offers for the next line.
     */
    public static Lest les(Steg steg, Map<String, String> form, SoknadInput lagret) {
        Skjema skjema = new Skjema();
        form.forEach(skjema::verdi);
        SoknadInput input = switch (steg) {
            case KONTAKT -> new SoknadInput(new SoknadInput.Kontaktperson(tekst(form, "kontaktperson.navn"),
                    tekst(form, "kontaktperson.epost"), tekst(form, "kontaktperson.telefon")), lagret.legevaktKommuner(),
                    lagret.vaktbelastning(), lagret.tiltak(), lagret.formal());
            case LEGEVAKT -> new SoknadInput(lagret.kontaktperson(), kommuner(form),
                    new SoknadInput.Vaktordning(heltall(form, "vaktbelastning.antallLeger", skjema),
                            heltall(form, "vaktbelastning.vaktdeling", skjema),
                            heltall(form, "vaktbelastning.vaktdognPerLege", skjema),
                            enumVerdi(form, "vaktbelastning.vaktform", Vaktform::valueOf, skjema)),
                    lagret.tiltak(), lagret.formal());
            case TILTAK -> new SoknadInput(lagret.kontaktperson(), lagret.legevaktKommuner(), lagret.vaktbelastning(),
                    tiltak(form, skjema), lagret.formal());
            case FORMAL -> new SoknadInput(lagret.kontaktperson(), lagret.legevaktKommuner(), lagret.vaktbelastning(),
                    lagret.tiltak(), tekst(form, "formal"));
        };
        return new Lest(input, skjema);
    }

    /** The measures and their lines as the page lays them out from form values, including not yet saved rows. */
    public static List<TiltakRad> tiltakRader(Skjema skjema) {
        List<TiltakRad> rader = new ArrayList<>();
        for (int i = 0; harTiltak(skjema.verdier(), i); i++) {
            List<LinjeRad> linjer = new ArrayList<>();
            long sum = 0;
            for (int j = 0; harLinje(skjema.verdier(), i, j); j++) {
                LinjeRad linje = new LinjeRad(i, j, skjema);
                linjer.add(linje);
                Long belop = Kroner.les(linje.belop());
                sum += belop == null ? 0 : belop;
            }
            String kategori = "tiltak[" + i + "].kategori";
            rader.add(new TiltakRad(i, skjema.verdi(kategori), linjer, sum, skjema.feil(kategori), skjema.feil("tiltak[" + i + "].budsjettlinjer")));
        }
        return rader;
    }

    /** Adds an empty measure (with one empty budget line) to the form, unsaved. */
    public static void nyttTiltak(Skjema skjema) {
        int i = tiltakRader(skjema).size();
        skjema.verdi("tiltak[" + i + "].kategori", "").verdi("tiltak[" + i + "].beskrivelse", "");
        nyLinje(skjema, i);
    }

    /** Adds an empty budget line to measure {@code tiltak}, unsaved. */
    public static void nyLinje(Skjema skjema, int tiltak) {
        int j = 0;
        while (harLinje(skjema.verdier(), tiltak, j)) {
            j++;
        }
        skjema.verdi("tiltak[" + tiltak + "].budsjettlinjer[" + j + "].tekst", "")
                .verdi("tiltak[" + tiltak + "].budsjettlinjer[" + j + "].belop", "");
    }

    /** The form values without measure {@code fjern}, the later ones moved up one place. */
    public static Skjema utenTiltak(Skjema skjema, int fjern) {
        return omnummerer(skjema, "tiltak[", fjern);
    }

    /** The form values without budget line {@code fjern} of measure {@code tiltak}. */
    public static Skjema utenLinje(Skjema skjema, int tiltak, int fjern) {
        return omnummerer(skjema, "tiltak[" + tiltak + "].budsjettlinjer[", fjern);
    }

    /** The form values without legevakt kommune number {@code fjern}. */
    public static Skjema utenKommune(Skjema skjema, int fjern) {
        return omnummerer(skjema, "legevaktKommuner[", fjern);
    }

    public static void leggTilKommune(Skjema skjema, String kommunenummer) {
        int i = 0;
        while (!skjema.verdi("legevaktKommuner[" + i + "]").isEmpty()) {
            if (skjema.verdi("legevaktKommuner[" + i + "]").equals(kommunenummer)) {
                return;
            }
            i++;
        }
        skjema.verdi("legevaktKommuner[" + i + "]", kommunenummer);
    }

    public static List<String> kommuner(Skjema skjema) {
        return kommuner(skjema.verdier());
    }


    private static Skjema omnummerer(Skjema skjema, String prefiks, int fjern) {
        Skjema ny = new Skjema();
        String fjernet = prefiks + fjern + "]";
        skjema.verdier().forEach((navn, verdi) -> {
            if (navn.startsWith(fjernet)) {
                return;
            }
            if (navn.startsWith(prefiks)) {
                int slutt = navn.indexOf(']', prefiks.length());
                String tall = slutt < 0 ? "" : navn.substring(prefiks.length(), slutt);
                if (!tall.matches("\\d{1,3}")) {
                    // Not a field the page makes: leave it out rather than guess.
                    return;
                }
                int indeks = Integer.parseInt(tall);
                if (indeks > fjern) {
                    ny.verdi(prefiks + (indeks - 1) + navn.substring(slutt), verdi);
                    return;
                }
            }
            ny.verdi(navn, verdi);
        });
        return ny;
    }

    private static boolean harTiltak(Map<String, String> verdier, int i) {
        return verdier.containsKey("tiltak[" + i + "].kategori") || verdier.containsKey("tiltak[" + i + "].beskrivelse");
    }

    private static boolean harLinje(Map<String, String> verdier, int i, int j) {
        return verdier.containsKey("tiltak[" + i + "].budsjettlinjer[" + j + "].tekst")
                || verdier.containsKey("tiltak[" + i + "].budsjettlinjer[" + j + "].belop");
    }

    private static List<String> kommuner(Map<String, String> form) {
        List<String> kommuner = new ArrayList<>();
        for (int i = 0; form.containsKey("legevaktKommuner[" + i + "]"); i++) {
            String nummer = form.get("legevaktKommuner[" + i + "]").strip();
            if (!nummer.isEmpty()) {
                kommuner.add(nummer);
            }
        }
        return kommuner;
    }

    private static List<SoknadInput.TiltakInput> tiltak(Map<String, String> form, Skjema skjema) {
        List<SoknadInput.TiltakInput> tiltak = new ArrayList<>();
        for (int i = 0; harTiltak(form, i); i++) {
            List<SoknadInput.BudsjettlinjeInput> linjer = new ArrayList<>();
            for (int j = 0; harLinje(form, i, j); j++) {
                String tekst = tekst(form, "tiltak[" + i + "].budsjettlinjer[" + j + "].tekst");
                String belopFelt = "tiltak[" + i + "].budsjettlinjer[" + j + "].belop";
                if (tekst == null && tekst(form, belopFelt) == null) {
                    continue;
                }
                // The validator wants text present; keep the line so that it can say which part is missing.
                linjer.add(new SoknadInput.BudsjettlinjeInput(tekst == null ? "" : tekst, belop(form, belopFelt, skjema)));
            }
            tiltak.add(new SoknadInput.TiltakInput(enumVerdi(form, "tiltak[" + i + "].kategori", TiltakKategori::valueOf, skjema),
                    tekst(form, "tiltak[" + i + "].beskrivelse"), linjer));
        }
        return tiltak;
    }

    private static String tekst(Map<String, String> form, String navn) {
        String verdi = form.get(navn);
        return verdi == null || verdi.isBlank() ? null : verdi;
    }

    private static Integer heltall(Map<String, String> form, String navn, Skjema skjema) {
        String verdi = tekst(form, navn);
        if (verdi == null) {
            return null;
        }
        Long tall = Kroner.les(verdi);
        if (tall == null || tall > Integer.MAX_VALUE || tall < Integer.MIN_VALUE) {
            skjema.leggTil(Feltfeil.av(navn, SoknadFeil.HELTALL_FORMAT));
            return null;
        }
        return tall.intValue();
    }

    private static Long belop(Map<String, String> form, String navn, Skjema skjema) {
        String verdi = tekst(form, navn);
        if (verdi == null) {
            return null;
        }
        Long belop = Kroner.les(verdi);
        if (belop == null) {
            skjema.leggTil(Feltfeil.av(navn, SoknadFeil.BELOP_FORMAT));
        }
        return belop;
    }

    private static <E extends Enum<E>> E enumVerdi(Map<String, String> form, String navn, Function<String, E> tolk, Skjema skjema) {
        String verdi = tekst(form, navn);
        if (verdi == null) {
            return null;
        }
        try {
            return tolk.apply(verdi.strip());
        } catch (IllegalArgumentException e) {
            skjema.leggTil(Feltfeil.av(navn, SoknadFeil.VALG_UGYLDIG));
            return null;
        }
    }
}
