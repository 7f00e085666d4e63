package no.legevakttilskudd.utlysning;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;

import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.felles.problem.Feltfeil;
import no.legevakttilskudd.felles.web.Skjema;
import no.legevakttilskudd.felles.web.Skjemafeil;
import no.legevakttilskudd.felles.web.Tekster;
import no.legevakttilskudd.regler.Kroner;
import no.legevakttilskudd.regler.Marginalregel;
import no.legevakttilskudd.regler.Regelparametre;
import no.legevakttilskudd.regler.TiltakKategori;

/**
 * The admin's call form. Fields are named by the JSON paths of {@link UtlysningInput} ({@code parametre.tak}), so the
 * service's errors land next to the right field. Only turning text into numbers and times is checked here; every
 * rule about the values is the service's, the same for the page as for the API.
 */
public class Utlysningsskjema {

    static final String KLASSER = "parametre.sentralitetsklasser";
    static final String GRENSE = "parametre.folketallsgrense";
    static final String FOLKETALL_AAR = "parametre.folketallAar";
    static final String TAK = "parametre.tak";
    static final String MINSTEBELOP = "parametre.minstebelop";
    static final String MARGINAL = "parametre.marginal";
    static final String KATEGORIER = "parametre.kategorier";
    static final String GJENUTLYSNING = "gjenutlysningAv";
    static final String KONTAKT_NAVN = "kontakt.navn";
    static final String KONTAKT_EPOST = "kontakt.epost";
    static final String KONTAKT_TELEFON = "kontakt.telefon";

    /**
     * The form as the page shows it: typed values and errors, the checked classes and categories (fields with several
     * values; no category checked means all).
     */
    public record Visning(Skjema skjema, List<Integer> klasser, List<String> kategorier) {
    }

    /** What was read: the form to show again, and the input with {@code null} where a field could not be read. */
    record Lest(Visning visning, UtlysningInput input) {
    }

    @RestForm
    public String aar;

    @RestForm
    public String tittel;

    @RestForm
    public String tittelNynorsk;

    @RestForm
    public String tittelEngelsk;

    @RestForm
    public String apner;

    @RestForm
    public String soknadsfrist;

    @RestForm
    public String rapportfrist;

    @RestForm
    public String ramme;

    @RestForm(KLASSER)
    public List<String> sentralitetsklasser;

    @RestForm(GRENSE)
    public String folketallsgrense;

    @RestForm(FOLKETALL_AAR)
    public String folketallAar;

    @RestForm(TAK)
    public String tak;

    @RestForm(MINSTEBELOP)
    public String minstebelop;

    @RestForm(MARGINAL)
    public String marginal;

    @RestForm(KATEGORIER)
    public List<String> kategorier;

    @RestForm(GJENUTLYSNING)
    public String gjenutlysningAv;

    @RestForm
    public String klageadgang;

    @RestForm
    public String klageTekst;

    @RestForm
    public String publisert;

    @RestForm
    public String fortlopendeVedtak;

    @RestForm(KONTAKT_NAVN)
    public String kontaktNavn;

    @RestForm(KONTAKT_EPOST)
    public String kontaktEpost;

    @RestForm(KONTAKT_TELEFON)
    public String kontaktTelefon;

    /** A new call starts from the 2022 parameters, as the API does when they are left out. */
    static Visning ny() {
        Skjema skjema = new Skjema()
                .verdi(GRENSE, Kroner.tall(Regelparametre.STANDARD_FOLKETALLSGRENSE))
                .verdi(TAK, Kroner.tall(Regelparametre.STANDARD_TAK))
                .verdi(MINSTEBELOP, 0)
                .verdi(MARGINAL, Marginalregel.PARTIAL.name());
        return new Visning(skjema, List.of(6), List.of());
    }

    static Visning fra(Utlysning u) {
        Skjema skjema = new Skjema()
                .verdi("aar", u.aar)
                .verdi("tittel", u.tittel)
                .verdi("tittelNynorsk", u.tittelNynorsk)
                .verdi("tittelEngelsk", u.tittelEngelsk)
                .verdi("apner", Tidsformat.skjematidspunkt(u.apner))
                .verdi("soknadsfrist", Tidsformat.skjematidspunkt(u.soknadsfrist))
                .verdi("rapportfrist", Tidsformat.skjemadato(u.rapportfrist))
                .verdi(GRENSE, Kroner.tall(u.folketallsgrense))
                .verdi(FOLKETALL_AAR, u.folketallAar)
                .verdi(TAK, Kroner.tall(u.tak))
                .verdi(MINSTEBELOP, Kroner.tall(u.minstebelop))
                .verdi(MARGINAL, u.marginal.name())
                .verdi("klageadgang", u.klageadgang)
                .verdi("klageTekst", u.klageTekst)
                .verdi("publisert", u.publisert)
                .verdi("fortlopendeVedtak", u.fortlopendeVedtak)
                .verdi(KONTAKT_NAVN, u.kontaktNavn)
                .verdi(KONTAKT_EPOST, u.kontaktEpost)
                .verdi(KONTAKT_TELEFON, u.kontaktTelefon)
                .verdi(GJENUTLYSNING, u.gjenutlysningAv);
        return new Visning(skjema, List.copyOf(u.sentralitetsklasser()), u.kategorier().stream().map(Enum::name).toList());
    }

    Lest les(Tekster tekster) {
        Skjema skjema = new Skjema().verdi("aar", aar).verdi("tittel", tittel).verdi("tittelNynorsk", tittelNynorsk)
                .verdi("tittelEngelsk", tittelEngelsk).verdi("apner", apner).verdi("soknadsfrist", soknadsfrist)
                .verdi("rapportfrist", rapportfrist).verdi("ramme", ramme).verdi(GRENSE, folketallsgrense).verdi(FOLKETALL_AAR, folketallAar)
                .verdi(TAK, tak).verdi(MINSTEBELOP, minstebelop).verdi(MARGINAL, marginal).verdi("klageadgang", klageadgang)
                .verdi("klageTekst", klageTekst).verdi("publisert", publisert).verdi("fortlopendeVedtak", fortlopendeVedtak)
                .verdi(KONTAKT_NAVN, kontaktNavn).verdi(KONTAKT_EPOST, kontaktEpost).verdi(KONTAKT_TELEFON, kontaktTelefon)
                .verdi(GJENUTLYSNING, gjenutlysningAv);
        List<TiltakKategori> valgteKategorier = new ArrayList<>();
        for (String kategori : kategorier == null ? List.<String>of() : kategorier) {
            try {
                valgteKategorier.add(TiltakKategori.valueOf(kategori.strip()));
            } catch (IllegalArgumentException e) {
                skjema.leggTil(Skjemafeil.her(KATEGORIER, tekster.admin_feil_kategorier()));
            }
        }
        Integer gjenutlysning = heltall(skjema, GJENUTLYSNING, gjenutlysningAv, tekster.admin_feil_tall());
        List<Integer> klasser = new ArrayList<>();
        boolean klasserGyldige = true;
        for (String klasse : sentralitetsklasser == null ? List.<String>of() : sentralitetsklasser) {
            Long k = Kroner.les(klasse);
            if (k == null || k < 1 || k > 6) {
                klasserGyldige = false;
            } else {
                klasser.add(k.intValue());
            }
        }
        if (!klasserGyldige) {
            skjema.leggTil(Skjemafeil.her(KLASSER, tekster.admin_feil_klasser()));
        }
        Integer aarTall = heltall(skjema, "aar", aar, tekster.admin_feil_tall());
        Long rammeTall = belop(skjema, "ramme", ramme, tekster);
        Integer grense = heltall(skjema, GRENSE, folketallsgrense, tekster.admin_feil_tall());
        Integer referanseaar = heltall(skjema, FOLKETALL_AAR, folketallAar, tekster.admin_feil_tall());
        Long takTall = belop(skjema, TAK, tak, tekster);
        Long minste = belop(skjema, MINSTEBELOP, minstebelop, tekster);
        Marginalregel regel = null;
        if (!tom(marginal)) {
            try {
                regel = Marginalregel.valueOf(marginal.strip());
            } catch (IllegalArgumentException e) {
                skjema.leggTil(Skjemafeil.her(MARGINAL, tekster.admin_feil_marginal()));
            }
        }
        UtlysningInput input = new UtlysningInput(aarTall, tom(tittel) ? null : tittel, tom(tittelNynorsk) ? null : tittelNynorsk,
                tom(tittelEngelsk) ? null : tittelEngelsk, tid(skjema, "apner", apner, tekster),
                tid(skjema, "soknadsfrist", soknadsfrist, tekster), dato(skjema, "rapportfrist", rapportfrist, tekster),
                rammeTall,
                new UtlysningInput.Parametre(klasserGyldige ? klasser : null, grense, referanseaar, takTall, minste, regel, valgteKategorier),
                "true".equals(klageadgang), tom(klageTekst) ? null : klageTekst, "true".equals(publisert),
                "true".equals(fortlopendeVedtak), new Kontaktpunkt(kontaktNavn, kontaktEpost, kontaktTelefon),
                gjenutlysning == null ? null : gjenutlysning.longValue());
        return new Lest(new Visning(skjema, klasser, valgteKategorier.stream().map(Enum::name).toList()), input);
    }

    /**
     * Adds the service's errors, except for fields the form could not read: those already say what is wrong, and the
     * service would only add "missing" for the {@code null} the form passed on.
     */
    static void leggTil(Skjema skjema, List<Feltfeil> feil) {
        List<String> allerede = skjema.getFeil().stream().map(Skjemafeil::felt).toList();
        skjema.leggTil(feil.stream().filter(f -> !allerede.contains(f.felt())).toList());
    }

    /** "2022-05-18T23:59" as a datetime-local field shows it: minutes, no zone (the API's Norwegian wall-clock time). */

    private static LocalDateTime tid(Skjema skjema, String felt, String verdi, Tekster tekster) {
        if (tom(verdi)) {
            return null;
        }
        LocalDateTime tid = Tidsformat.lesTidspunkt(verdi).orElse(null);
        if (tid == null) {
            skjema.leggTil(Skjemafeil.her(felt, tekster.admin_feil_tid()));
        }
        return tid;
    }

    private static LocalDate dato(Skjema skjema, String felt, String verdi, Tekster tekster) {
        if (tom(verdi)) {
            return null;
        }
        LocalDate dato = Tidsformat.lesDato(verdi).orElse(null);
        if (dato == null) {
            skjema.leggTil(Skjemafeil.her(felt, tekster.admin_feil_dato()));
        }
        return dato;
    }

    private static Long belop(Skjema skjema, String felt, String verdi, Tekster tekster) {
        if (tom(verdi)) {
            return null;
        }
        Long tall = Kroner.les(verdi);
        if (tall == null) {
            skjema.leggTil(Skjemafeil.her(felt, tekster.admin_feil_belop()));
        }
        return tall;
    }

    private static Integer heltall(Skjema skjema, String felt, String verdi, String melding) {
        if (tom(verdi)) {
            return null;
        }
        Long tall = Kroner.les(verdi);
        if (tall == null || tall > Integer.MAX_VALUE || tall < Integer.MIN_VALUE) {
            skjema.leggTil(Skjemafeil.her(felt, melding));
            return null;
        }
        return tall.intValue();
    }


    private static boolean tom(String verdi) {
        return verdi == null || verdi.isBlank();
    }
}
