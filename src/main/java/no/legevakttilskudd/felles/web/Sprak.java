package no.legevakttilskudd.felles.web;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;

/**
 * The page language of this request: bokmål unless the user chose nynorsk or English, which a cookie remembers.
 * Every page goes through {@link #side(TemplateInstance)}, so templates and formatting follow the choice.
 */
@RequestScoped
@Named("sprak")
public class Sprak {

    public static final String COOKIE = "sprak";
    public static final List<String> KODER = List.of("nb", "nn", "en");

    @Inject
    HttpServerRequest request;

    public String kode() {
        return kode(request.getCookie(COOKIE));
    }

    /** The language the cookie names, or bokmål when there is none or it names something else. */
    public static String kode(Cookie cookie) {
        return cookie != null && KODER.contains(cookie.getValue()) ? cookie.getValue() : "nb";
    }

    public Locale locale() {
        return Locale.forLanguageTag(kode());
    }

    /** The current path with query, for "switch language and come back here" links. */
    public String sti() {
        String uri = request.uri();
        return uri == null || uri.isBlank() ? "/" : uri;
    }

    /** A message bundle in the page language, for texts made in Java (charts, messages); bokmål is the default bundle. */
    public <T> T tekster(Class<T> bunt) {
        String kode = kode();
        return "nb".equals(kode) ? MessageBundles.get(bunt) : MessageBundles.get(bunt, Localized.Literal.of(kode));
    }

    public TemplateInstance side(TemplateInstance side) {
        return side.setLocale(locale());
    }
}
