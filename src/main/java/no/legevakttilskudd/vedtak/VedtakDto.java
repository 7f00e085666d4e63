package no.legevakttilskudd.vedtak;

import java.time.OffsetDateTime;

import no.legevakttilskudd.felles.Aktor;
import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.vedtak.grunnlag.Vedtaksgrunnlag;

/**
 * A decision as the API shows it: to staff in full with its stored basis, to the kommune without staff names or the
 * basis ({@link #forKommunen}; the kommune reads the basis in the letter).
 */
public record VedtakDto(long id, long soknadId, long utlysningId, Utfall utfall, long belop, String begrunnelse,
        VedtakStatus status, OffsetDateTime foreslatt, String foreslattAv, OffsetDateTime behandlet, String behandletAv,
        String returkommentar, OffsetDateTime sendt, Long erstatterId, long versjon, Vedtaksgrunnlag grunnlag) {

    /** In full, for staff: with who proposed and approved it and the stored basis. */
    public static VedtakDto fra(Vedtak v) {
        return new VedtakDto(v.id, v.soknadId, v.utlysningId, v.utfall, v.belop, v.begrunnelse, v.status,
                Tidsformat.norsk(v.foreslatt), v.foreslattAv, Tidsformat.norsk(v.behandlet), v.behandletAv, v.returkommentar,
                Tidsformat.norsk(v.sendt), v.erstatterId, v.versjon, v.vedtaksgrunnlag());
    }

    /** A sent decision as the kommune sees it: the directorate decided it; who proposed and approved it stays inside. */
    static VedtakDto forKommunen(Vedtak v) {
        return new VedtakDto(v.id, v.soknadId, v.utlysningId, v.utfall, v.belop, v.begrunnelse, v.status,
                Tidsformat.norsk(v.foreslatt), Aktor.DIREKTORATET, Tidsformat.norsk(v.behandlet), Aktor.DIREKTORATET, null,
                Tidsformat.norsk(v.sendt), v.erstatterId, v.versjon, null);
    }
}
