package no.legevakttilskudd.soknad;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Builds the API view of an application: its contents, the kommune's name and the attachment list. */
@ApplicationScoped
public class SoknadVisning {

    @Inject
    SoknadService soknader;

    @Inject
    VedleggService vedlegg;

    /**
     * Reads the application afresh: a state change commits and closes its session, so its entity can no longer load
     * the measures lazily; the view is built from what is now stored.
     */
    @Transactional
    public SoknadDto dto(long soknadId) {
        Soknad soknad = Soknad.<Soknad>findByIdOptional(soknadId).orElseThrow(() -> SoknadService.finnesIkke(soknadId));
        return SoknadDto.fra(soknad, soknader.kommunenavn(soknad), vedlegg.liste(soknad.id));
    }
}
