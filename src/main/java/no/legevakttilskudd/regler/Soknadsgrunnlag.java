package no.legevakttilskudd.regler;

import java.time.Instant;
import java.util.List;

/**
 * One application as the rules see it.
 *
 * @param legevaktKommuner the kommuner sharing the applicant's legevakt; the applicant counts even if it is missing
 * @param godkjentBudsjett the caseworker's approved budget, or null while not assessed
 * @param sendt            when it was sent; null sorts last
 * @param fastVedtak       a decision already approved or sent for it, which never changes (SPEC §4.6), or null
 * @param budsjett         the budget per measure category, for a call that accepts only some; empty where unknown (then
 *                         nothing is struck)
 */
public record Soknadsgrunnlag(String referanse, String kommunenummer, List<String> legevaktKommuner, long omsokt,
        Long godkjentBudsjett, Instant sendt, FastVedtak fastVedtak, List<Kategoripost> budsjett) {

    /** §4.2: a legevakt of at most this many kommuner (the applicant included) puts the application in priority group 1. */
    public static final int MAKS_KOMMUNER_GRUPPE_1 = 2;

    public Soknadsgrunnlag {
        legevaktKommuner = legevaktKommuner == null ? List.of() : List.copyOf(legevaktKommuner);
        budsjett = budsjett == null ? List.of() : List.copyOf(budsjett);
        if (omsokt < 0 || (godkjentBudsjett != null && godkjentBudsjett < 0)) {
            throw new IllegalArgumentException("Beløp kan ikke være negative: " + referanse);
        }
    }

    /** An application whose budget per category is not known to the rules (simulation files, older bases). */
    public Soknadsgrunnlag(String referanse, String kommunenummer, List<String> legevaktKommuner, long omsokt,
            Long godkjentBudsjett, Instant sendt, FastVedtak fastVedtak) {
        this(referanse, kommunenummer, legevaktKommuner, omsokt, godkjentBudsjett, sendt, fastVedtak, List.of());
    }

    /** How many kommuner share the legevakt, the applicant included. */
    public int antallLegevaktKommuner() {
        // The lists are short (a handful of kommuner): a nested loop beats a set, and this runs once per application.
        int antall = legevaktKommuner.contains(kommunenummer) ? 0 : 1;
        for (int i = 0; i < legevaktKommuner.size(); i++) {
            if (legevaktKommuner.indexOf(legevaktKommuner.get(i)) == i) {
                antall++;
            }
        }
        return antall;
    }

    /**
     * An approved or sent decision: its status and amount are fixed inputs to every later run. An approved one is
     * fixed too, because it already holds its share of the frame (SPEC's invariant) and can only go on to be sent.
     */
    public record FastVedtak(Tildelingsstatus status, long belop, boolean sendt) {

        /** A sent decision. */
        public FastVedtak(Tildelingsstatus status, long belop) {
            this(status, belop, true);
        }
    }

    /**
     * What the application asks in one measure category, and what the caseworker's assessment left of it.
     *
     * @param kategori the category's code ({@code UTSTYR})
     * @param navn     its name in bokmål («Utstyr»), for the reason's sentence
     * @param godkjent what the assessment kept of the category's lines; equal to {@code sokt} while not assessed
     */
    public record Kategoripost(String kategori, String navn, long sokt, long godkjent) {

        public Kategoripost {
            if (sokt < 0 || godkjent < 0 || godkjent > sokt) {
                throw new IllegalArgumentException("Ugyldig budsjett for kategorien " + kategori);
            }
        }
    }
}
