package no.legevakttilskudd.saksbehandling;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import no.legevakttilskudd.felles.problem.ProblemException;
import no.legevakttilskudd.felles.web.Sidenavigasjon;
import no.legevakttilskudd.soknad.SoknadStatus;

/**
 * The work list's filters, sorting and page, read from the query string and written back into every link, so paging
 * and re-sorting never lose a filter. Empty values mean "all", as the filter form sends them.
 *
 * @param sok         words the kommune's name or number or the reference must contain, or empty
 * @param gruppe      the rules' priority group (1 or 2), or null
 * @param kvalifisert eligible under the rules, or null for both
 * @param saker       which cases by assignment and waiting: the user's own, unassigned, waiting for the kommune, past
 *                    the kommune's deadline; null for all
 */
public record Arbeidslistefilter(String sok, SoknadStatus status, String fylke, Integer gruppe, Boolean kvalifisert, Saker saker,
        Sortering sortering, boolean synkende, int side) {

    /** The cases a caseworker looks for first. */
    public enum Saker {
        MINE, UFORDELT, VENTER, FORFALT;

        public String parameter() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum Sortering {
        SENDT, KOMMUNE, OMSOKT, PRIORITET;

        public String parameter() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final int MAKS_SOK = 100;

    static Arbeidslistefilter les(String sok, String status, String fylke, String gruppe, String kvalifisert, String saker, String sorter,
            String retning, int side) {
        if (!tom(sok) && sok.strip().length() > MAKS_SOK) {
            throw ProblemException.valideringsfeil("sok", "Søket kan ha høyst " + MAKS_SOK + " tegn.");
        }
        if (!tom(fylke) && !fylke.strip().matches("\\d{2}")) {
            throw ProblemException.valideringsfeil("fylke", "Velg et fylke i listen.");
        }
        SoknadStatus s = null;
        if (!tom(status)) {
            try {
                s = SoknadStatus.valueOf(status.strip());
            } catch (IllegalArgumentException e) {
                throw ProblemException.valideringsfeil("status", "Ukjent status «" + status + "».");
            }
            if (s == SoknadStatus.UTKAST) {
                throw ProblemException.valideringsfeil("status", "Utkast er kommunens eget arbeid og vises ikke for saksbehandlere.");
            }
        }
        Integer g = null;
        if (!tom(gruppe)) {
            if (!gruppe.strip().equals("1") && !gruppe.strip().equals("2")) {
                throw ProblemException.valideringsfeil("gruppe", "Prioritetsgruppen er 1 eller 2.");
            }
            g = Integer.valueOf(gruppe.strip());
        }
        Boolean k = null;
        if (!tom(kvalifisert)) {
            k = switch (kvalifisert.strip()) {
                case "ja" -> Boolean.TRUE;
                case "nei" -> Boolean.FALSE;
                default -> throw ProblemException.valideringsfeil("kvalifisert", "Kvalifisert er «ja» eller «nei».");
            };
        }
        Saker utvalg = null;
        if (!tom(saker)) {
            try {
                utvalg = Saker.valueOf(saker.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ProblemException.valideringsfeil("saker", "Velg mine, ufordelt, venter eller forfalt.");
            }
        }
        Sortering sortering = Sortering.SENDT;
        if (!tom(sorter)) {
            try {
                sortering = Sortering.valueOf(sorter.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ProblemException.valideringsfeil("sorter", "Sorter etter sendt, kommune, omsokt eller prioritet.");
            }
        }
        if (!tom(retning) && !retning.equals("stigende") && !retning.equals("synkende")) {
            throw ProblemException.valideringsfeil("retning", "Retningen er «stigende» eller «synkende».");
        }
        return new Arbeidslistefilter(tom(sok) ? "" : sok.strip(), s, tom(fylke) ? "" : fylke.strip(), g, k, utvalg, sortering,
                "synkende".equals(retning), Math.max(side, 1));
    }

    /** Whether the row's kommune name or number, or its reference, contains every word of the search. */
    public boolean treffer(String kommunenavn, String kommunenummer, String referanse) {
        if (sok.isEmpty()) {
            return true;
        }
        String tekst = (kommunenavn + " " + kommunenummer + " " + (referanse == null ? "" : referanse)).toLowerCase(Locale.ROOT);
        return java.util.Arrays.stream(sok.toLowerCase(Locale.ROOT).split("\\s+")).allMatch(tekst::contains);
    }

    /** Group and eligibility come from the rules, so they only apply to applications the rules have assessed. */
    public boolean harRegelfilter() {
        return gruppe != null || kvalifisert != null;
    }

    /** The paging links under the list, which has {@code sider} pages with this filter. */
    public Sidenavigasjon navigasjon(long sider) {
        return Sidenavigasjon.av(side, sider, this::lenke);
    }

    /** This list on another page. */
    public String lenke(int tilSide) {
        return sporring(tilSide, sortering, synkende);
    }

    /** Sorted by a column: the same column again turns the direction, another column starts ascending on page 1. */
    public String sorterLenke(String kolonne) {
        Sortering ny = Sortering.valueOf(kolonne.toUpperCase(Locale.ROOT));
        return sporring(1, ny, ny == sortering && !synkende);
    }

    /** The aria-sort value of a column header: only the sorted column has one. */
    public String ariaSort(String kolonne) {
        return sortering.parameter().equals(kolonne) ? (synkende ? "descending" : "ascending") : null;
    }

    public String sakerVerdi() {
        return saker == null ? "" : saker.parameter();
    }

    /** This filter as a saved filter keeps it: the query string on page 1. */
    public String somLagret() {
        return lenke(1);
    }

    public String kvalifisertVerdi() {
        return kvalifisert == null ? "" : kvalifisert ? "ja" : "nei";
    }

    private String sporring(int tilSide, Sortering sorter, boolean nedover) {
        StringBuilder q = new StringBuilder("?side=").append(tilSide);
        if (!sok.isEmpty()) {
            q.append("&sok=").append(URLEncoder.encode(sok, StandardCharsets.UTF_8));
        }
        if (status != null) {
            q.append("&status=").append(status.name());
        }
        if (!fylke.isEmpty()) {
            q.append("&fylke=").append(URLEncoder.encode(fylke, StandardCharsets.UTF_8));
        }
        if (gruppe != null) {
            q.append("&gruppe=").append(gruppe);
        }
        if (kvalifisert != null) {
            q.append("&kvalifisert=").append(kvalifisertVerdi());
        }
        if (saker != null) {
            q.append("&saker=").append(saker.parameter());
        }
        return q.append("&sorter=").append(sorter.parameter()).append("&retning=").append(nedover ? "synkende" : "stigende").toString();
    }

    private static boolean tom(String verdi) {
        return verdi == null || verdi.isBlank();
    }
}
