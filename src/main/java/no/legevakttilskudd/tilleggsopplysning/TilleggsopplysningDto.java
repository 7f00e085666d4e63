package no.legevakttilskudd.tilleggsopplysning;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import no.legevakttilskudd.felles.Aktor;
import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Tidsformat;

/**
 * A question and its answer as the API shows it. The kommune sees the directorate as «Helsedirektoratet», never a
 * caseworker's user name.
 */
public record TilleggsopplysningDto(long id, long soknadId, String sporsmal, LocalDate svarfrist, OffsetDateTime spurt, String spurtAv,
        Tilleggsopplysningsstatus status, String svar, OffsetDateTime besvart, boolean forSent, List<Vedlegg> vedlegg) {

    /** An attachment to the answer: its download is {@code /api/soknader/{soknadId}/tilleggsopplysninger/{id}/vedlegg/{id}}. */
    public record Vedlegg(long id, String filnavn, int storrelse) {
    }

    static TilleggsopplysningDto fra(TilleggsopplysningService.Trad trad, Innlogget innlogget) {
        Tilleggsopplysning t = trad.sporsmal();
        return new TilleggsopplysningDto(t.id, t.soknadId, t.sporsmal, t.svarfrist, Tidsformat.norsk(t.spurt),
                innlogget.erSaksbehandlerGodkjennerEllerAdmin() ? t.spurtAv : Aktor.DIREKTORATET, trad.status(), t.svar,
                t.besvart == null ? null : Tidsformat.norsk(t.besvart), trad.forSent(),
                trad.vedlegg().stream().map(v -> new Vedlegg(v.id(), v.filnavn(), v.storrelse())).toList());
    }
}
