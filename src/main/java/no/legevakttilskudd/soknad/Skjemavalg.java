package no.legevakttilskudd.soknad;

import java.util.List;

import io.quarkus.qute.TemplateGlobal;
import no.legevakttilskudd.regler.Vaktform;
import no.legevakttilskudd.regler.TiltakKategori;

/** The fixed choices the application form offers, in the order the page lists them. */
@TemplateGlobal
public final class Skjemavalg {

    static final List<Vaktform> vaktformer = List.of(Vaktform.values());

    static final List<TiltakKategori> kategorier = List.of(TiltakKategori.values());

    private Skjemavalg() {
    }
}
