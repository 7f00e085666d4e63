package no.legevakttilskudd.utlysning;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import no.legevakttilskudd.regler.Marginalregel;
import no.legevakttilskudd.regler.TiltakKategori;

/**
 * What an admin sends to create or edit a call. Times are local Norwegian wall-clock times (Europe/Oslo), as a
 * caseworker reads them in the regulations: "søknadsfrist 18. mai 2022 kl. 23:59". The report deadline is a Norwegian
 * date; left out, it is 1 April the year after {@code aar}. {@code fortlopendeVedtak} true lets decisions be made as
 * applications come; left out or false, they wait for the deadline. {@code tittelNynorsk} and {@code tittelEngelsk} are
 * shown on pages in those languages (bokmål where left out); {@code kontakt}, left out, is the agency's own contact.
 * {@code gjenutlysningAv} makes the call announce the unspent remainder of that call again: leave {@code ramme} out, the
 * frame is what that call has not bound (it can only be given on creation).
 */
public record UtlysningInput(Integer aar, String tittel, String tittelNynorsk, String tittelEngelsk, LocalDateTime apner, LocalDateTime soknadsfrist, LocalDate rapportfrist,
        Long ramme, Parametre parametre, Boolean klageadgang, String klageTekst, Boolean publisert,
        Boolean fortlopendeVedtak, Kontaktpunkt kontakt, Long gjenutlysningAv) {

    /** The same call, announcing again what {@code forste} left (null: an ordinary call). */
    UtlysningInput medGjenutlysningAv(Long forste) {
        return new UtlysningInput(aar, tittel, tittelNynorsk, tittelEngelsk, apner, soknadsfrist, rapportfrist, ramme, parametre,
                klageadgang, klageTekst, publisert, fortlopendeVedtak, kontakt, forste);
    }

    /** SPEC §4 parameters; a missing one takes the 2022 default ({@code kategorier} left out or empty: all). */
    public record Parametre(List<Integer> sentralitetsklasser, Integer folketallsgrense, Integer folketallAar, Long tak,
            Long minstebelop, Marginalregel marginal, List<TiltakKategori> kategorier) {
    }
}
