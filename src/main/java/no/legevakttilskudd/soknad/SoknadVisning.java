package no.legevakttilskudd.soknad;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import no.legevakttilskudd.felles.Innlogget;

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

    /** The application as its own kommune sees it; 404 for any other kommune's, as if it did not exist. */
    @Transactional
    public SoknadDto forKommunen(long soknadId, Innlogget innlogget) {
        return dto(soknader.hentForKommunen(soknadId, innlogget).id);
    }
}
