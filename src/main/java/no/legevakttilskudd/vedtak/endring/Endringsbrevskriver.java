package no.legevakttilskudd.vedtak.endring;

import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import no.legevakttilskudd.felles.Avsender;
import no.legevakttilskudd.felles.Pdfskriver;
import no.legevakttilskudd.felles.web.Kodeord;
import no.legevakttilskudd.kommune.Kommune;
import no.legevakttilskudd.kommune.KommuneregisterService;
import no.legevakttilskudd.soknad.Soknad;
import no.legevakttilskudd.utlysning.Utlysning;
import no.legevakttilskudd.utlysning.UtlysningService;
import no.legevakttilskudd.vedtak.Vedtak;
import no.legevakttilskudd.vedtak.brev.Underskriver;

/**
 * The change letter: gathered from the request, the decision, the application, the call and the sender, rendered once
 * from one template as HTML and as PDF (the decision letter's renderer, {@link Pdfskriver}), and stored unchanged.
 */
@ApplicationScoped
public class Endringsbrevskriver {

    @Inject
    @Location("brev/endringsbrev.html")
    Template mal;

    @Inject
    UtlysningService utlysninger;

    @Inject
    KommuneregisterService register;

    @Inject
    Avsender.Oppsett avsender;

    Endringsbrev skriv(Endringssoknad endring, Vedtak vedtak, Soknad soknad) {
        Endringsbrevdata data = data(endring, vedtak, soknad);
        String html = mal.data("brev", data).render();
        Endringsbrev brev = new Endringsbrev();
        brev.endringssoknadId = endring.id;
        brev.html = html;
        brev.pdf = Pdfskriver.pdf(html, "Endringsbrevet");
        brev.laget = data.avgjort();
        brev.persist();
        return brev;
    }

    Endringsbrevdata data(Endringssoknad endring, Vedtak vedtak, Soknad soknad) {
        Utlysning utlysning = utlysninger.hent(vedtak.utlysningId);
        Kommune kommune = register.finn(utlysning.kommuneregisterVersjonId, soknad.kommunenummer).orElse(null);
        Avsender fra = Avsender.av(avsender);
        List<Endringsbrevdata.Linje> linjer = endring.linjer.stream()
                .map(l -> new Endringsbrevdata.Linje(l.nummer(), Kodeord.ord(l.kategori, Kodeord.BOKMAL),
                        soknad.tiltak.get(l.tiltakNr).beskrivelse, l.forBelop, l.nyBelop))
                .toList();
        List<String> svar = endring.svar == null ? List.of() : Arrays.stream(endring.svar.split("\\R")).filter(s -> !s.isBlank()).toList();
        return new Endringsbrevdata(fra, utlysninger.kontakt(utlysning), kommune == null ? soknad.kommunenummer : kommune.navn,
                soknad.kommunenummer, kommune == null ? null : kommune.organisasjonsnummer, soknad.referanse, vedtak.id, endring.id,
                utlysning.tittel, vedtak.belop, endring.type, endring.status == Endringsstatus.INNVILGET, endring.gjeldendeFrist,
                endring.nyRapportfrist, linjer, endring.begrunnelse, endring.sendt, svar, endring.avgjortEndelig(),
                new Underskriver(endring.avgjortAvNavn, endring.avgjortAvTittel, "saksbehandler", fra.navn()),
                endring.godkjentAvSub == null ? null
                        : new Underskriver(endring.godkjentAvNavn, endring.godkjentAvTittel, "godkjenner", fra.navn()));
    }
}
