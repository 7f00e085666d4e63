package no.legevakttilskudd.soknad;

import java.time.OffsetDateTime;

import no.legevakttilskudd.felles.Tidsformat;

/** The receipt for a sent application; the same one however many times the draft is submitted. */
public record Kvittering(long soknadId, String referanse, OffsetDateTime sendt, String sendtTekst, long omsokt, SoknadStatus status) {

    static Kvittering fra(Soknad soknad) {
        return new Kvittering(soknad.id, soknad.referanse, Tidsformat.norsk(soknad.sendt), Tidsformat.norskTekst(soknad.sendt),
                soknad.omsokt, soknad.status);
    }
}
