package no.legevakttilskudd.saksbehandling;

import io.quarkus.qute.TemplateExtension;
import no.legevakttilskudd.regler.Kroner;

/**
 * Differences as the simulation page writes them: always with a sign, so "+600 000 kr" and "−300 000 kr" read as a
 * change even without the colour of the tag beside them. The minus is U+2212, which screen readers say as "minus".
 */
@TemplateExtension
final class Endringsformat {

    private Endringsformat() {
    }

    /** {belop.krEndring} */
    static String krEndring(long belop) {
        return fortegn(belop) + Kroner.tekst(Math.abs(belop));
    }

    /** {antall.tallEndring} */
    static String tallEndring(long antall) {
        return fortegn(antall) + Kroner.tall(Math.abs(antall));
    }

    private static String fortegn(long verdi) {
        return verdi > 0 ? "+" : verdi < 0 ? "\u2212" : "";
    }
}
