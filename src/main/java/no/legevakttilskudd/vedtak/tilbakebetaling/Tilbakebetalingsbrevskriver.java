package no.legevakttilskudd.vedtak.tilbakebetaling;

import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import no.legevakttilskudd.felles.Avsender;
import no.legevakttilskudd.felles.Pdfskriver;
import no.legevakttilskudd.kommune.Kommune;
import no.legevakttilskudd.kommune.KommuneregisterService;
import no.legevakttilskudd.soknad.Soknad;
import no.legevakttilskudd.utlysning.Utlysning;
import no.legevakttilskudd.utlysning.UtlysningService;
import no.legevakttilskudd.vedtak.Vedtak;
import no.legevakttilskudd.vedtak.brev.Underskriver;
import no.legevakttilskudd.vedtak.rapport.Rapport;
import no.legevakttilskudd.vedtak.utbetaling.UtbetalingService;

/** The repayment letter: gathered once with the claim, rendered as HTML and PDF ({@link Pdfskriver}) and stored unchanged. */
@ApplicationScoped
public class Tilbakebetalingsbrevskriver {

    @Inject
    @Location("brev/tilbakebetalingsbrev.html")
    Template mal;

    @Inject
    UtlysningService utlysninger;

    @Inject
    KommuneregisterService register;

    @Inject
    UtbetalingService utbetalinger;

    @Inject
    Avsender.Oppsett avsender;

    Tilbakebetalingsbrevdata skriv(Tilbakebetalingskrav krav, Vedtak vedtak, Soknad soknad) {
        Tilbakebetalingsbrevdata data = data(krav, vedtak, soknad);
        String html = mal.data("brev", data).render();
        Tilbakebetalingsbrev brev = new Tilbakebetalingsbrev();
        brev.kravId = krav.id;
        brev.html = html;
        brev.pdf = Pdfskriver.pdf(html, "Brevet om tilbakebetaling");
        brev.laget = krav.opprettet;
        brev.persist();
        return data;
    }

    private Tilbakebetalingsbrevdata data(Tilbakebetalingskrav krav, Vedtak vedtak, Soknad soknad) {
        Utlysning utlysning = utlysninger.hent(vedtak.utlysningId);
        Kommune kommune = register.finn(utlysning.kommuneregisterVersjonId, soknad.kommunenummer).orElse(null);
        Avsender fra = Avsender.av(avsender);
        List<String> begrunnelse = krav.begrunnelse == null ? List.of()
                : Arrays.stream(krav.begrunnelse.split("\\R")).filter(s -> !s.isBlank()).toList();
        Rapport rapport = krav.grunn == Tilbakebetalingsgrunn.UBRUKT ? Rapport.findById(vedtak.id) : null;
        return new Tilbakebetalingsbrevdata(fra, utlysninger.kontakt(utlysning), kommune == null ? soknad.kommunenummer : kommune.navn,
                soknad.kommunenummer, kommune == null ? null : kommune.organisasjonsnummer, soknad.referanse, vedtak.id, krav.id,
                utlysning.tittel, vedtak.belop, utbetalinger.utbetalt(vedtak.id), krav.grunn, krav.belop, krav.forfall, begrunnelse,
                rapport == null ? null : rapport.ubrukt, krav.opprettet,
                new Underskriver(krav.opprettetAvNavn, krav.opprettetAvTittel, "saksbehandler", fra.navn()));
    }
}
