package no.legevakttilskudd.vedtak.endring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import no.legevakttilskudd.felles.Avsender;
import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.utlysning.Kontaktpunkt;
import no.legevakttilskudd.vedtak.brev.Underskriver;

/**
 * Everything a change letter says, as values. What it says is decided here; the template only shows it.
 *
 * @param linjer     for a reallocation, one line per measure with the budget before and after; empty for a deadline
 * @param svar       the caseworker's reasons to the kommune, one paragraph per line; empty when none were given
 * @param godkjenner the second person, when money moved between categories; null otherwise
 * @param avgjort    when the request was decided for the kommune and the letter put out
 */
public record Endringsbrevdata(Avsender avsender, Kontaktpunkt kontakt, String kommunenavn, String kommunenummer,
        String organisasjonsnummer, String referanse, long vedtakId, long endringId, String utlysning, long tildelt,
        Endringstype type, boolean innvilget, LocalDate gjeldendeFrist, LocalDate nyFrist, List<Linje> linjer,
        String kommunensBegrunnelse, Instant sendt, List<String> svar, Instant avgjort, Underskriver saksbehandler,
        Underskriver godkjenner) {

    /** One measure in the letter: its number from 1, category in words, description, and the budget before and after. */
    public record Linje(int nummer, String kategori, String beskrivelse, long fra, long til) {
    }

    public LocalDate dato() {
        return LocalDate.ofInstant(avgjort, Tidsformat.NORGE);
    }

    public boolean erFrist() {
        return type == Endringstype.FRIST;
    }

    public long sumFor() {
        return linjer.stream().mapToLong(Linje::fra).sum();
    }

    public long sumEtter() {
        return linjer.stream().mapToLong(Linje::til).sum();
    }

    /** The report deadline that holds after this letter: the new one when an extension is granted, else the one before. */
    public LocalDate fristEtter() {
        return erFrist() && innvilget ? nyFrist : gjeldendeFrist;
    }
}
