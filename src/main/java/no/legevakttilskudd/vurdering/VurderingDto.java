package no.legevakttilskudd.vurdering;

import java.time.OffsetDateTime;
import java.util.List;

import no.legevakttilskudd.felles.Tidsformat;

/** An assessment as the API shows it to staff. */
public record VurderingDto(long soknadId, long omsokt, long godkjentBudsjett, Kvalitet kvalitet, String notat,
        List<VurderingInput.Strok> strok, OffsetDateTime endret, String endretAv, long versjon) {

    static VurderingDto fra(Vurdering v, long omsokt) {
        return new VurderingDto(v.soknadId, omsokt, v.godkjentBudsjett, v.kvalitet, v.notat,
                v.strok.stream().map(s -> new VurderingInput.Strok(s.tiltakNr, s.linjeNr, s.begrunnelse)).toList(),
                Tidsformat.norsk(v.endret), v.endretAv, v.versjon);
    }
}
