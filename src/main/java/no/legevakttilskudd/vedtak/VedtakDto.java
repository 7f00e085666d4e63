package no.legevakttilskudd.vedtak;

import java.time.OffsetDateTime;

import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.vedtak.brev.Utfall;

/** A decision as the API shows it to staff. */
public record VedtakDto(long id, long soknadId, long utlysningId, Utfall utfall, long belop, String begrunnelse,
        VedtakStatus status, OffsetDateTime foreslatt, String foreslattAv, OffsetDateTime behandlet, String behandletAv,
        String returkommentar, OffsetDateTime sendt, Long erstatterId, long versjon) {

    static VedtakDto fra(Vedtak v) {
        return new VedtakDto(v.id, v.soknadId, v.utlysningId, v.utfall, v.belop, v.begrunnelse, v.status,
                Tidsformat.norsk(v.foreslatt), v.foreslattAv, Tidsformat.norsk(v.behandlet), v.behandletAv, v.returkommentar,
                Tidsformat.norsk(v.sendt), v.erstatterId, v.versjon);
    }
}
