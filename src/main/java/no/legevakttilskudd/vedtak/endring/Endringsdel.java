package no.legevakttilskudd.vedtak.endring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.web.Skjema;
import no.legevakttilskudd.felles.web.Sprak;
import no.legevakttilskudd.soknad.Oversiktsdel;
import no.legevakttilskudd.soknad.Soknad;
import no.legevakttilskudd.soknad.SoknadDto;
import no.legevakttilskudd.vedtak.Vedtak;
import no.legevakttilskudd.vedtak.aksept.AkseptService;
import no.legevakttilskudd.vedtak.rapport.Rapportfrist;

/**
 * The kommune's changes on its application page, after the decisions: per accepted award the deadline and budget in
 * force, the requests with their letters, and the two forms to ask while a change may be asked for.
 */
@ApplicationScoped
public class Endringsdel implements Oversiktsdel {

    /** Field names of the two forms, which share the page with the decision's forms and with each other. */
    static final String FRIST_BEGRUNNELSE = "frist-begrunnelse";
    static final String OMDISPONERING_BEGRUNNELSE = "omdisponering-begrunnelse";

    /**
     * One award's changes.
     *
     * @param senestFrist the latest deadline one request may ask for
     * @param hindring    why the kommune may not ask now; null when it may
     */
    public record Tilskudd(Vedtak vedtak, LocalDate rapportfrist, LocalDate senestFrist, List<Tilskuddsplan.Tiltaksbudsjett> budsjett,
            long budsjettsum, List<Endringssoknad> endringer, Endringshindring hindring) {

        public boolean kanBeOm() {
            return hindring == null;
        }

        /** The form field of a measure's new amount. */
        public String belopsfelt(int nr) {
            return belopsfeltet(nr);
        }
    }

    /**
     * @param apneFrist         the deadline form came back with errors, so it is drawn open
     * @param apneOmdisponering the reallocation form came back with errors
     */
    public record Side(long soknadId, List<Tilskudd> tilskudd, Skjema skjema, boolean kvittering, boolean apneFrist,
            boolean apneOmdisponering) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance endringer(Side side);
    }

    @Inject
    AkseptService aksepter;

    @Inject
    EndringService service;

    @Inject
    Tilskuddsplan plan;

    @Inject
    Innlogget innlogget;

    @Inject
    Sprak sprak;

    @Override
    public int rekkefolge() {
        return 110;
    }

    @Override
    public String html(SoknadDto soknad, Skjema skjema, MultivaluedMap<String, String> sporring) {
        List<Tilskudd> tilskudd = new ArrayList<>();
        Soknad lagret = null;
        for (Vedtak vedtak : aksepter.sendte(soknad.id(), innlogget)) {
            List<Endringssoknad> endringer = service.forVedtak(vedtak.id);
            Optional<Endringshindring> hindring = service.hindring(vedtak);
            // Only an accepted award in force can be changed; before that the decision's own part tells what to do.
            boolean vises = !endringer.isEmpty() || hindring.isEmpty() || hindring.get() == Endringshindring.APEN_ENDRING
                    || hindring.get() == Endringshindring.RAPPORT_SENDT;
            if (!vises || !vedtak.utfall.girTilskudd()) {
                continue;
            }
            lagret = lagret != null ? lagret : Soknad.findById(soknad.id());
            List<Tilskuddsplan.Tiltaksbudsjett> budsjett = plan.budsjett(vedtak, lagret);
            LocalDate frist = Rapportfrist.av(vedtak.id);
            budsjett.forEach(b -> {
                if (skjema.verdi(belopsfeltet(b.nr())).isEmpty()) {
                    skjema.verdi(belopsfeltet(b.nr()), b.belop());
                }
            });
            tilskudd.add(new Tilskudd(vedtak, frist, EndringService.senesteFrist(frist), budsjett,
                    budsjett.stream().mapToLong(Tilskuddsplan.Tiltaksbudsjett::belop).sum(), endringer, hindring.orElse(null)));
        }
        boolean kvittering = "true".equals(sporring.getFirst("endring-sendt"));
        if (tilskudd.isEmpty()) {
            return "";
        }
        boolean apneFrist = skjema.getFeil().stream().anyMatch(f -> f.felt().equals("rapportfrist") || f.felt().equals(FRIST_BEGRUNNELSE));
        boolean apneOmdisponering = skjema.getFeil().stream()
                .anyMatch(f -> f.felt().matches("tiltak\\[\\d+\\]\\.belop") || f.felt().equals(OMDISPONERING_BEGRUNNELSE));
        return sprak.side(Templates.endringer(new Side(soknad.id(), tilskudd, skjema, kvittering, apneFrist, apneOmdisponering))).render();
    }

    static String belopsfeltet(int nr) {
        return "tiltak[" + nr + "].belop";
    }
}
