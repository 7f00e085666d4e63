package no.legevakttilskudd.felles.hendelse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.felles.problem.Feltfeil;
import no.legevakttilskudd.felles.problem.ProblemException;

/**
 * What to read from the audit log, as the API's query string and the page's filter form give it. Null means "all".
 * Every filter narrows the result; together they all must hold.
 *
 * @param sak      a søknad id: the søknad's own events and those of its decisions, as the case page's history
 * @param aktor    the start of the user name, upper and lower case alike (a whole name is its own start)
 * @param fra      first Norwegian date, from its first moment in Europe/Oslo
 * @param til      last Norwegian date, to its last moment in Europe/Oslo
 */
public record Hendelsesfilter(Long sak, String entitet, String entitetId, String aktor, String handling, LocalDate fra, LocalDate til) {

    public static final List<String> ENTITETER = List.of("SOKNAD", "VEDTAK", "UTLYSNING", "KOMMUNEREGISTER", "SLETTING", "UTBETALINGSBUNT");

    private static final String FEIL_DATO = "Skriv datoen som DD.MM.ÅÅÅÅ, f.eks. 15.03.2026.";

    /**
     * Reads the filters as the client wrote them. Every error is reported at once, each on its field, so a form shows
     * all of them and an API client can fix all of them in one go.
     */
    public static Hendelsesfilter les(String sak, String entitet, String entitetId, String aktor, String handling, String fra, String til) {
        List<Feltfeil> feil = new ArrayList<>();
        Long sakId = null;
        if (!tom(sak)) {
            if (sak.strip().matches("\\d{1,18}")) {
                sakId = Long.valueOf(sak.strip());
            } else {
                feil.add(new Feltfeil("sak", "Saken er søknadens id, et heltall, f.eks. 42."));
            }
        }
        String entitetVerdi = tom(entitet) ? null : entitet.strip().toUpperCase(Locale.ROOT);
        if (entitetVerdi != null && !ENTITETER.contains(entitetVerdi)) {
            feil.add(new Feltfeil("entitet", "Velg en av " + String.join(", ", ENTITETER) + "."));
        }
        String entitetIdVerdi = tom(entitetId) ? null : entitetId.strip();
        if (entitetIdVerdi != null && entitetVerdi == null) {
            // An id alone says nothing: søknad 7 and vedtak 7 are different things.
            feil.add(new Feltfeil("entitetId", "Velg også hva id-en gjelder (entitet)."));
        } else if (entitetIdVerdi != null && entitetIdVerdi.length() > 50) {
            feil.add(new Feltfeil("entitetId", "Id-en kan ha høyst 50 tegn."));
        }
        String aktorVerdi = tom(aktor) ? null : aktor.strip();
        if (aktorVerdi != null && aktorVerdi.length() > 200) {
            feil.add(new Feltfeil("aktor", "Aktøren kan ha høyst 200 tegn."));
        }
        String handlingVerdi = tom(handling) ? null : handling.strip().toUpperCase(Locale.ROOT);
        if (handlingVerdi != null && handlingVerdi.length() > 50) {
            feil.add(new Feltfeil("handling", "Handlingen kan ha høyst 50 tegn."));
        }
        LocalDate fraDato = dato(fra, "fra", feil);
        LocalDate tilDato = dato(til, "til", feil);
        if (fraDato != null && tilDato != null && fraDato.isAfter(tilDato)) {
            feil.add(new Feltfeil("til", "Til-datoen kan ikke være før fra-datoen (" + Tidsformat.norskDato(fraDato) + ")."));
        }
        if (!feil.isEmpty()) {
            throw ProblemException.valideringsfeil(feil);
        }
        return new Hendelsesfilter(sakId, entitetVerdi, entitetIdVerdi, aktorVerdi, handlingVerdi, fraDato, tilDato);
    }

    /** The first moment of {@code fra} in Norway, or null. */
    Instant fraTidspunkt() {
        return fra == null ? null : fra.atStartOfDay(Tidsformat.NORGE).toInstant();
    }

    /** The first moment after {@code til} in Norway (exclusive), or null; a day is 23 or 25 hours when the clocks change. */
    Instant forbiTidspunkt() {
        return til == null ? null : til.plusDays(1).atStartOfDay(Tidsformat.NORGE).toInstant();
    }

    /** The filters as a query string without the leading "?", for paging and download links that keep them. */
    public String sporring() {
        List<String> deler = new ArrayList<>();
        leggTil(deler, "sak", sak);
        leggTil(deler, "entitet", entitet);
        leggTil(deler, "entitetId", entitetId);
        leggTil(deler, "aktor", aktor);
        leggTil(deler, "handling", handling);
        leggTil(deler, "fra", fra);
        leggTil(deler, "til", til);
        return String.join("&", deler);
    }

    private static void leggTil(List<String> deler, String navn, Object verdi) {
        if (verdi != null) {
            deler.add(navn + "=" + URLEncoder.encode(verdi.toString(), StandardCharsets.UTF_8));
        }
    }

    /** The Norwegian 15.3.2026 or ISO 2026-03-15 (see {@link Tidsformat#lesDato}). */
    private static LocalDate dato(String verdi, String felt, List<Feltfeil> feil) {
        if (tom(verdi)) {
            return null;
        }
        LocalDate dato = Tidsformat.lesDato(verdi).orElse(null);
        if (dato == null) {
            feil.add(new Feltfeil(felt, FEIL_DATO));
        }
        return dato;
    }

    private static boolean tom(String verdi) {
        return verdi == null || verdi.isBlank();
    }
}
