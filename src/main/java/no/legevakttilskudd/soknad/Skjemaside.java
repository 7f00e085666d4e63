package no.legevakttilskudd.soknad;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import no.legevakttilskudd.felles.problem.Feltfeil;
import no.legevakttilskudd.felles.web.Feilmeldinger;
import no.legevakttilskudd.felles.web.Skjema;
import no.legevakttilskudd.felles.web.Sprak;
import no.legevakttilskudd.kommune.Kommune;
import no.legevakttilskudd.kommune.KommuneregisterService;
import no.legevakttilskudd.regler.Kroner;
import no.legevakttilskudd.regler.Vaktbelastning;
import no.legevakttilskudd.regler.Vaktform;
import no.legevakttilskudd.soknad.Skjemaramme.Ramme;
import no.legevakttilskudd.soknad.SoknadSkjema.Steg;
import no.legevakttilskudd.utlysning.Utlysning;
import no.legevakttilskudd.utlysning.UtlysningService;

/** One step of the application form as a page: the fields as typed, the kommune picker, the duty burden and the attachments. */
@ApplicationScoped
public class Skjemaside {

    /** A kommune in the picker and in the chosen list. */
    public record Valg(String nummer, String navn, String fylke) {
    }

    /**
     * The page model of {@code steg}.
     *
     * @param ulagret the page shows changes not yet saved (a measure or line added); the browser warns before leaving
     */
    public record Side(Ramme ramme, Steg steg, Skjema skjema, List<SoknadSkjema.TiltakRad> tiltak, List<Valg> valgte, Map<String, List<Valg>> kommunerPerFylke, Vaktbelastning.Resultat beregnet, List<SoknadDto.VedleggDto> vedlegg, long omsokt, boolean lagret,
            boolean ulagret, Filkontroll filkontroll, long tak) {

        /** Asking for more than the call's cap: the award can be at most the cap, and the step says so. */
        public boolean overTaket() {
            return omsokt > tak;
        }
    }

    /**
     * What the browser checks before it sends a file, with the server's own messages for the same faults;
     * {@code ikkePdf} carries the marker {@link #FILNAVN} where the file's name goes.
     */
    public record Filkontroll(long maksBytes, String forStor, String ikkePdf) {
    }

    static final String FILNAVN = "%FILNAVN%";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance steg(Side side);
    }

    @Inject
    VedleggService vedleggService;

    @Inject
    UtlysningService utlysninger;

    @Inject
    KommuneregisterService register;

    @Inject
    Feilmeldinger feilmeldinger;

    @Inject
    Sprak sprak;

    TemplateInstance side(Ramme ramme, Steg steg, Skjema skjema, boolean lagret) {
        return side(ramme, steg, skjema, lagret, false);
    }

    TemplateInstance side(Ramme ramme, Steg steg, Skjema skjema, boolean lagret, boolean ulagret) {
        skjema.oversett(feilmeldinger::tekst);
        Utlysning utlysning = utlysninger.hent(ramme.utlysningId());
        List<Valg> valgte = List.of();
        Map<String, List<Valg>> perFylke = Map.of();
        Vaktbelastning.Resultat beregnet = null;
        List<SoknadDto.VedleggDto> vedlegg = List.of();
        if (steg == Steg.LEGEVAKT) {
            List<Kommune> alle = register.alle(utlysning.kommuneregisterVersjonId);
            Map<String, Kommune> etterNummer = new LinkedHashMap<>();
            alle.forEach(k -> etterNummer.put(k.kommunenummer(), k));
            valgte = SoknadSkjema.kommuner(skjema).stream().map(nr -> {
                Kommune k = etterNummer.get(nr);
                return new Valg(nr, k == null ? null : k.navn, k == null ? null : k.fylkesnavn);
            }).toList();
            perFylke = new LinkedHashMap<>();
            for (Kommune k : alle) {
                perFylke.computeIfAbsent(k.fylkesnavn, f -> new ArrayList<>()).add(new Valg(k.kommunenummer(), k.navn, k.fylkesnavn));
            }
            beregnet = beregnet(skjema);
        }
        if (steg == Steg.FORMAL) {
            vedlegg = vedleggService.liste(ramme.id());
        }
        List<SoknadSkjema.TiltakRad> tiltak = SoknadSkjema.tiltakRader(skjema);
        long omsokt = tiltak.stream().mapToLong(SoknadSkjema.TiltakRad::sum).sum();
        return sprak.side(Templates.steg(new Side(ramme, steg, skjema, tiltak, valgte, perFylke, beregnet, vedlegg, omsokt, lagret,
                ulagret, steg == Steg.FORMAL ? filkontroll() : null, utlysning.tak)));
    }

    private Filkontroll filkontroll() {
        return new Filkontroll(vedleggService.maksBytes(), feilmeldinger.tekst(Feltfeil.av("fil", SoknadFeil.FIL_FOR_STOR)),
                feilmeldinger.tekst(Feltfeil.av("fil", SoknadFeil.FIL_IKKE_PDF, FILNAVN)));
    }

    /** The duty burden from what is typed, so the kommune sees the figure the rules will compare. */
    private static Vaktbelastning.Resultat beregnet(Skjema skjema) {
        Long deling = Kroner.les(skjema.verdi("vaktbelastning.vaktdeling"));
        String form = skjema.verdi("vaktbelastning.vaktform");
        if (deling == null || deling < 1 || deling > 100 || form.isEmpty()) {
            return null;
        }
        try {
            return Vaktbelastning.beregn(Vaktbelastning.Grunnlag.standard(deling.intValue(),
                    Vaktform.valueOf(form)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
