package no.legevakttilskudd.utlysning;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The call's own words, in bokmål here; nynorsk and English in messages/utlysningtekst_nn.properties and
 * utlysningtekst_en.properties. Templates use {utlysningtekst:key}.
 */
@MessageBundle(value = "utlysningtekst", locale = "nb")
public interface Utlysningstekster {

    @Message("{#when status}{#is DRAFT}Utkast{#is OPEN}Åpen{#is CLOSED}Stengt{#is DECIDED}Avgjort{/when}")
    String utlysningstatus(UtlysningStatus status);
}
