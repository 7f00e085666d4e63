package no.legevakttilskudd.saksbehandling;

import java.util.List;

import io.quarkus.qute.TemplateGlobal;
import no.legevakttilskudd.vedtak.Utfall;
import no.legevakttilskudd.vurdering.Kvalitet;

/** The fixed choices of the case page's forms, in the order the page lists them. */
@TemplateGlobal
public final class Saksvalg {

    static final List<Kvalitet> kvaliteter = List.of(Kvalitet.values());

    static final List<Utfall> utfallene = List.of(Utfall.values());

    private Saksvalg() {
    }
}
