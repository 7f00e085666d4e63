package no.legevakttilskudd.utlysning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.regler.Marginalregel;
import no.legevakttilskudd.regler.TiltakKategori;

/**
 * A call as the API shows it; times in Norwegian time, with the deadline also as a sentence, the report deadline a date.
 * The nynorsk and English titles are null where none is written; {@code kontakt} is the call's own contact point, null
 * when the agency's applies. {@code parametre.kategorier} is empty for a call that funds every measure category;
 * {@code gjenutlysningAv} names the call whose remainder this one announces again (its {@code ramme} is what that call
 * had not bound when this one was made); {@code runde}, {@code kilde} and {@code kvalifisertePublisert} are set for the
 * real rounds shipped with the system.
 */
public record UtlysningDto(long id, int aar, String tittel, String tittelNynorsk, String tittelEngelsk, OffsetDateTime apner, OffsetDateTime soknadsfrist,
        String soknadsfristTekst, LocalDate rapportfrist, long ramme, Parametre parametre, boolean klageadgang, String klageTekst,
        boolean publisert, UtlysningStatus status, long kommuneregisterVersjon, boolean fortlopendeVedtak,
        Kontaktpunkt kontakt, Long gjenutlysningAv, String runde, String kilde, Integer kvalifisertePublisert) {

    public record Parametre(List<Integer> sentralitetsklasser, int folketallsgrense, Integer folketallAar, long tak,
            long minstebelop, Marginalregel marginal, List<TiltakKategori> kategorier) {
    }

    static UtlysningDto fra(Utlysning u, Instant naa) {
        return new UtlysningDto(u.id, u.aar, u.tittel, u.tittelNynorsk, u.tittelEngelsk, Tidsformat.norsk(u.apner), Tidsformat.norsk(u.soknadsfrist),
                Tidsformat.norskTekst(u.soknadsfrist), u.rapportfrist, u.ramme,
                new Parametre(List.copyOf(u.sentralitetsklasser()), u.folketallsgrense, u.folketallAar, u.tak, u.minstebelop,
                        u.marginal, List.copyOf(u.kategorier())),
                u.klageadgang, u.klageTekst, u.publisert, u.status(naa), u.kommuneregisterVersjonId,
                u.fortlopendeVedtak, u.egenKontakt(), u.gjenutlysningAv, u.runde, u.kilde, u.kvalifisertePublisert);
    }
}
