package no.legevakttilskudd.soknad;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;


import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Flerspraklig;
import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.felles.web.Sprak;
import no.legevakttilskudd.kommune.Brukerkommune;
import no.legevakttilskudd.kommune.Kommune;
import no.legevakttilskudd.utlysning.Kvalifiseringsoppslag;
import no.legevakttilskudd.utlysning.Utlysning;
import no.legevakttilskudd.utlysning.UtlysningService;
import no.legevakttilskudd.utlysning.UtlysningStatus;

/**
 * The kommune's own applications, per call, with status, how long is left to the deadline, what it may do, and whether it
 * qualifies for the call by the rules (the same verdict the form's banner and the allocation give).
 */
@ApplicationScoped
public class MineSoknader {

    /** One line of the list. {@code dagerIgjen} is null when the deadline has passed. */
    public record Linje(long id, Flerspraklig utlysning, SoknadStatus status, String referanse, long omsokt, String kontaktperson,
            Instant frist, Long dagerIgjen, Soknadshandlinger handlinger, Krav krav) {
    }

    /** An open call the kommune has not applied to yet. */
    public record Apen(long id, Flerspraklig tittel, Instant frist, long dagerIgjen, Krav krav) {
    }

    /**
     * The rules' verdict on the kommune for a call, from {@link Kvalifiseringsoppslag}; {@code kjent} is false when the
     * call's registry does not know the kommune, and then there is no verdict.
     */
    public record Krav(boolean kjent, boolean kvalifisert) {

        static Krav av(Optional<Kvalifiseringsoppslag.Vurdering> vurdering) {
            return new Krav(vurdering.isPresent(), vurdering.map(Kvalifiseringsoppslag.Vurdering::kvalifisert).orElse(false));
        }
    }

    /** The page model of {@code mineSoknader}. */
    public record Side(List<Linje> soknader, List<Apen> apne, Kommune kommune, List<String> oppgaver) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mineSoknader(Side side);
    }

    @Inject
    SoknadService soknader;

    @Inject
    UtlysningService utlysninger;

    @Inject
    Kvalifiseringsoppslag kvalifisering;

    @Inject
    Innlogget innlogget;

    @Inject
    Sprak sprak;

    @Inject
    Brukerkommune brukerkommune;

    @Inject
    Clock clock;

    @Inject
    Instance<Oppgavedel> oppgavedeler;

    /** The kommune's list as it is now. */
    TemplateInstance side() {
        Instant naa = clock.instant();
        List<Soknad> egne = soknader.egne(innlogget);
        List<Linje> linjer = egne.stream().map(s -> {
            Utlysning u = utlysninger.hent(s.utlysningId);
            Long dager = u.fristenErUte(naa) ? null : Tidsformat.dagerIgjen(u.soknadsfrist, naa);
            return new Linje(s.id, u.titler(), s.status, s.referanse, s.omsokt, s.kontaktNavn, u.soknadsfrist, dager,
                    soknader.handlinger(s, u), Krav.av(kvalifisering.vurder(u, s.kommunenummer)));
        }).toList();
        Set<Long> harSoknad = egne.stream().filter(s -> s.status != SoknadStatus.TRUKKET).map(s -> s.utlysningId)
                .collect(Collectors.toSet());
        String kommunenummer = innlogget.kommunenummer();
        List<Apen> apne = utlysninger.alle().stream()
                .filter(u -> u.status(naa) == UtlysningStatus.OPEN && !harSoknad.contains(u.id))
                .map(u -> new Apen(u.id, u.titler(), u.soknadsfrist, Tidsformat.dagerIgjen(u.soknadsfrist, naa),
                        Krav.av(kommunenummer == null ? Optional.empty() : kvalifisering.vurder(u, kommunenummer))))
                .toList();
        List<String> oppgaver = oppgavedeler.stream().map(Oppgavedel::html).filter(h -> !h.isEmpty()).toList();
        return sprak.side(Templates.mineSoknader(new Side(linjer, apne, brukerkommune.getKommune(), oppgaver)));
    }
}
