package no.legevakttilskudd.vedtak.tilbakebetaling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import no.legevakttilskudd.felles.Avsender;
import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.utlysning.Kontaktpunkt;
import no.legevakttilskudd.vedtak.Klagefrist;
import no.legevakttilskudd.vedtak.brev.Underskriver;

/**
 * Everything a repayment letter says, as values; the template only shows it.
 *
 * @param begrunnelse the caseworker's reasons, one paragraph per line; empty when none were given
 * @param ubrukt      for unused money, what the approved report showed as unused; null for the other reasons
 */
public record Tilbakebetalingsbrevdata(Avsender avsender, Kontaktpunkt kontakt, String kommunenavn, String kommunenummer,
        String organisasjonsnummer, String referanse, long vedtakId, long kravId, String utlysning, long tildelt, long utbetalt,
        Tilbakebetalingsgrunn grunn, long belop, LocalDate forfall, List<String> begrunnelse, Long ubrukt, Instant opprettet,
        Underskriver saksbehandler) {

    public LocalDate dato() {
        return LocalDate.ofInstant(opprettet, Tidsformat.NORGE);
    }

    /** The claim is a decision the kommune may appeal, with the deadline the decision letters use. */
    public LocalDate klagefrist() {
        return Klagefrist.av(opprettet);
    }

    public String klagefristRegel() {
        return Klagefrist.REGEL;
    }
}
