package no.legevakttilskudd.felles.web;

import java.util.Locale;

import io.quarkus.qute.TemplateExtension;
import no.legevakttilskudd.felles.Flerspraklig;

/** {utlysning.titler.vist}: a text people wrote in several languages, in the page's own. */
@TemplateExtension
final class Flersprakligvisning {

    private Flersprakligvisning() {
    }

    static String vist(Flerspraklig tekst, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return tekst == null ? "" : tekst.pa(locale instanceof Locale sprak ? sprak : Kodeord.BOKMAL);
    }
}
