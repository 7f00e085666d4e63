package no.legevakttilskudd.statistikk.eksport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * One award as the exports show it: the current sent decision, its application, its call and the kommune's registry row
 * in the call's registry version. There is deliberately no field for the contact person (name, e-mail, phone) or the
 * account number: what the record cannot hold, no export can leak.
 *
 * @param erstatter         the sent decision this one corrects, or null
 * @param fylke             the county name in the registry version
 * @param folketall         the population the rules used: the call's reference year if it has one, else the registry's own
 * @param organisasjonsnummer the kommune's number in the Enhetsregisteret, null where the registry does not know it
 * @param utfall            INNVILGET or DELVIS_INNVILGET
 * @param soknadSendt       the Norwegian date the application was sent
 * @param vedtaksdato       the Norwegian date the decision was sent
 * @param tiltakskategorier the application's measure categories, each once, in the order of the form
 * @param formal            the kommune's own text about the purpose of the money
 * @param utbetalt          paid out on the decision (and on the decision it corrects)
 * @param tilbakebetalt     come back on repayment claims against them, paid in or set off
 */
public record Tildelingsrad(long vedtakId, Long erstatter, long utlysningId, int utlysningAar, String utlysningTittel, String referanse,
        String kommunenummer, String kommunenavn, String fylke, Integer sentralitetsklasse, Integer folketall, Integer folketallAar,
        String organisasjonsnummer, String utfall, long omsokt, long tildelt, LocalDate soknadSendt, LocalDate vedtaksdato,
        List<String> tiltakskategorier, String formal, long utbetalt, long tilbakebetalt) {

    /** Paid out less what came back. */
    public long netto() {
        return utbetalt - tilbakebetalt;
    }

    /** Awarded as a share of what was asked for, in per cent with one decimal; null if nothing was asked for. */
    public BigDecimal prosentAvOmsokt() {
        return omsokt == 0 ? null : BigDecimal.valueOf(tildelt).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(omsokt), 1, RoundingMode.HALF_UP);
    }

    /** Awarded kroner per inhabitant, with two decimals; null without a population. */
    public BigDecimal kronerPerInnbygger() {
        return folketall == null || folketall == 0 ? null
                : BigDecimal.valueOf(tildelt).divide(BigDecimal.valueOf(folketall), 2, RoundingMode.HALF_UP);
    }
}
