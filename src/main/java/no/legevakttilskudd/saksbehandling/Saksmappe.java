package no.legevakttilskudd.saksbehandling;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import no.legevakttilskudd.felles.Csv;
import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Pdfskriver;
import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.felles.hendelse.HendelseService;
import no.legevakttilskudd.felles.hendelse.Hendelseseksport;
import no.legevakttilskudd.felles.problem.ProblemException;
import no.legevakttilskudd.habilitet.HabilitetService;
import no.legevakttilskudd.habilitet.Habilitetserklaring;
import no.legevakttilskudd.kommune.KommuneregisterService;
import no.legevakttilskudd.soknad.Soknad;
import no.legevakttilskudd.soknad.SoknadDto;
import no.legevakttilskudd.soknad.SoknadService;
import no.legevakttilskudd.soknad.SoknadStatus;
import no.legevakttilskudd.soknad.SoknadVisning;
import no.legevakttilskudd.soknad.Vedlegg;
import no.legevakttilskudd.soknad.VedleggService;
import no.legevakttilskudd.tilleggsopplysning.TilleggsopplysningService;
import no.legevakttilskudd.utlysning.Utlysning;
import no.legevakttilskudd.utlysning.UtlysningService;
import no.legevakttilskudd.vedtak.Vedtak;
import no.legevakttilskudd.vedtak.VedtakDto;
import no.legevakttilskudd.vedtak.VedtakService;
import no.legevakttilskudd.vedtak.VedtakStatus;
import no.legevakttilskudd.vedtak.aksept.AkseptService;
import no.legevakttilskudd.vedtak.endring.EndringResource;
import no.legevakttilskudd.vedtak.endring.EndringService;
import no.legevakttilskudd.vedtak.endring.Endringsbrev;
import no.legevakttilskudd.vedtak.endring.Endringssoknad;
import no.legevakttilskudd.vedtak.tilbakebetaling.Kravvisning;
import no.legevakttilskudd.vedtak.tilbakebetaling.TilbakebetalingResource;
import no.legevakttilskudd.vedtak.tilbakebetaling.TilbakebetalingService;
import no.legevakttilskudd.vedtak.tilbakebetaling.Tilbakebetalingsbrev;
import no.legevakttilskudd.vedtak.brev.Brev;
import no.legevakttilskudd.vurdering.Vurdering;
import no.legevakttilskudd.vurdering.VurderingService;

/**
 * The case dossier: everything the case holds, as one ZIP an archive or an auditor can take away — the application as
 * PDF with its attachments, the questions to the kommune with the answers' PDFs, the declarations of disqualification,
 * the assessment, the decisions with their basis and letters, and the history as CSV in the audit log's own format.
 * Made from one read in one transaction into a temporary file (the attachments may be large, and nothing is read after
 * the transaction ends), then streamed and deleted; the download itself is logged.
 */
@ApplicationScoped
public class Saksmappe {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance soknad(SoknadDto soknad, Utlysning utlysning, List<String> legevakt);
    }

    @Inject
    SoknadService soknader;

    @Inject
    SoknadVisning visning;

    @Inject
    VedleggService vedlegg;

    @Inject
    UtlysningService utlysninger;

    @Inject
    KommuneregisterService register;

    @Inject
    TilleggsopplysningService tilleggsopplysninger;

    @Inject
    HabilitetService habilitet;

    @Inject
    VurderingService vurderinger;

    @Inject
    VedtakService vedtakService;

    @Inject
    AkseptService aksepter;

    @Inject
    EndringService endringer;

    @Inject
    TilbakebetalingService tilbakebetalinger;

    @Inject
    HendelseService hendelser;

    @Inject
    ObjectMapper json;

    /** The dossier as a download named by the case's reference. */
    @Transactional
    public Response lastNed(long soknadId, Innlogget innlogget) {
        Soknad soknad = soknader.hentTilgjengelig(soknadId, innlogget);
        if (soknad.status == SoknadStatus.UTKAST) {
            throw ProblemException.ikkeFunnet("Søknad " + soknadId + " er ikke sendt, så den har ingen saksmappe.");
        }
        Path fil = lag(soknad, innlogget);
        String navn = "saksmappe-" + filnavn(soknad) + ".zip";
        StreamingOutput innhold = ut -> {
            try {
                Files.copy(fil, ut);
            } finally {
                Files.deleteIfExists(fil);
            }
        };
        return Response.ok(innhold, "application/zip").header("Content-Disposition", "attachment; filename=\"" + navn + "\"").build();
    }

    private Path lag(Soknad soknad, Innlogget innlogget) {
        Path fil;
        try {
            fil = Files.createTempFile("saksmappe-", ".zip");
            try (OutputStream ut = Files.newOutputStream(fil); ZipOutputStream zip = new ZipOutputStream(ut, StandardCharsets.UTF_8)) {
                skriv(zip, soknad, innlogget);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Saksmappen kunne ikke skrives", e);
        }
        hendelser.registrer(innlogget.aktor(), "SOKNAD", soknad.id, "SAKSMAPPE_LASTET_NED", null, "saksmappe som ZIP");
        return fil;
    }

    private void skriv(ZipOutputStream zip, Soknad soknad, Innlogget innlogget) throws IOException {
        String mappe = filnavn(soknad) + "/";
        SoknadDto dto = visning.dto(soknad.id);
        fil(zip, mappe + "soknad.pdf", soknadPdf(dto, soknad.utlysningId));
        fil(zip, mappe + "soknad.json", tilJson(dto));
        for (Vedlegg v : vedlegg.alle(soknad.id)) {
            fil(zip, mappe + "vedlegg/" + v.id + "-" + trygt(v.filnavn), v.innhold);
        }

        List<TilleggsopplysningService.Trad> trad = tilleggsopplysninger.trad(soknad.id, innlogget);
        fil(zip, mappe + "tilleggsopplysninger.csv", csv("id;spurt;spurtAv;svarfrist;status;sporsmal;besvart;forSent;svar",
                trad.stream().map(t -> List.of(String.valueOf(t.sporsmal().id), iso(t.sporsmal().spurt), t.sporsmal().spurtAv,
                        t.sporsmal().svarfrist.toString(), t.status().name(), t.sporsmal().sporsmal, iso(t.sporsmal().besvart),
                        String.valueOf(t.forSent()), t.sporsmal().svar == null ? "" : t.sporsmal().svar)).toList()));
        for (TilleggsopplysningService.Trad t : trad) {
            for (TilleggsopplysningService.VedleggRad v : t.vedlegg()) {
                fil(zip, mappe + "tilleggsopplysninger/" + t.sporsmal().id + "-" + v.id() + "-" + trygt(v.filnavn()),
                        tilleggsopplysninger.vedleggMedInnhold(v.id()).innhold);
            }
        }

        List<Habilitetserklaring> erklaringer = habilitet.forSak(soknad.id);
        fil(zip, mappe + "habilitet.csv", csv("id;brukernavn;navn;erklart;begrunnelse;trukket;trukketBegrunnelse",
                erklaringer.stream().map(e -> List.of(String.valueOf(e.id), e.brukernavn, e.navn == null ? "" : e.navn, iso(e.erklart),
                        e.begrunnelse, iso(e.trukket), e.trukketBegrunnelse == null ? "" : e.trukketBegrunnelse)).toList()));

        Vurdering vurdering = vurderinger.finn(soknad.id);
        if (vurdering != null) {
            fil(zip, mappe + "vurdering.json", tilJson(vurderinger.dto(vurdering)));
        }
        List<Vedtak> vedtakene = vedtakService.forSoknad(soknad.id);
        for (Vedtak v : vedtakene) {
            fil(zip, mappe + "vedtak/vedtak-" + v.id + ".json", tilJson(VedtakDto.fra(v)));
            if (v.status == VedtakStatus.SENDT) {
                for (Kravvisning k : tilbakebetalinger.forVedtak(v.id)) {
                    fil(zip, mappe + "vedtak/tilbakebetalingskrav-" + k.krav().id + ".json",
                            tilJson(TilbakebetalingResource.KravDto.fra(k, true)));
                }
                for (Endringssoknad e : endringer.forVedtak(v.id)) {
                    fil(zip, mappe + "vedtak/endring-" + e.id + ".json", tilJson(EndringResource.EndringDto.fra(e, true)));
                }
            }
        }
        for (Saksbrev brev : brevene(vedtakene, innlogget)) {
            fil(zip, mappe + "vedtak/" + brev.filnavn() + ".pdf", brev.pdf());
            if (brev.html() != null) {
                fil(zip, mappe + "vedtak/" + brev.filnavn() + ".html", brev.html().getBytes(StandardCharsets.UTF_8));
            }
        }

        zip.putNextEntry(new ZipEntry(mappe + "historikk.csv"));
        Writer skriver = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
        Hendelseseksport.skriv(skriver, hendelser.forEntitetMedDeler("SOKNAD", soknad.id, "VEDTAK",
                vedtakene.stream().map(v -> v.id).toList()));
        zip.closeEntry();
    }

    /**
     * A letter the case holds, as it was sent: the decision letters, and for each sent decision its repayment claims'
     * and decided change requests' letters.
     *
     * @param filnavn the name in the dossier, without extension («vedtak-17-brev»)
     * @param html    the letter as HTML too, where the dossier keeps it
     */
    public record Saksbrev(String filnavn, String tittel, Instant dato, byte[] pdf, String html) {
    }

    /** The case's letters, in the order of its decisions: the one list the dossier and the archive export both write. */
    List<Saksbrev> brevene(List<Vedtak> vedtakene, Innlogget innlogget) {
        List<Saksbrev> brevene = new ArrayList<>();
        for (Vedtak v : vedtakene) {
            if (v.status != VedtakStatus.SENDT) {
                continue;
            }
            Brev brev = aksepter.brev(v.id, innlogget);
            brevene.add(new Saksbrev("vedtak-" + v.id + "-brev", "Vedtak om tilskudd (vedtak " + v.id + ")", brev.laget, brev.pdf, brev.html));
            for (Kravvisning k : tilbakebetalinger.forVedtak(v.id)) {
                Tilbakebetalingsbrev kravbrev = tilbakebetalinger.brev(v.id, k.krav().id, innlogget);
                brevene.add(new Saksbrev("tilbakebetalingskrav-" + k.krav().id + "-brev", "Krav om tilbakebetaling (krav " + k.krav().id
                        + ")", kravbrev.laget, kravbrev.pdf, null));
            }
            for (Endringssoknad e : endringer.forVedtak(v.id)) {
                if (!e.status.erApen()) {
                    Endringsbrev endringsbrev = endringer.brev(v.id, e.id, innlogget);
                    brevene.add(new Saksbrev("endring-" + e.id + "-brev", "Svar på endringssøknad (endring " + e.id + ")", endringsbrev.laget,
                            endringsbrev.pdf, endringsbrev.html));
                }
            }
        }
        return brevene;
    }

    /** The application as a document (PDF/A), as the dossier and the archive export hold it. */
    byte[] soknadPdf(SoknadDto dto, long utlysningId) {
        Utlysning utlysning = utlysninger.hent(utlysningId);
        String html = Templates.soknad(dto, utlysning, register.navngitt(utlysning.kommuneregisterVersjonId, dto.legevaktKommuner()))
                .render();
        return Pdfskriver.pdf(html, "Søknaden");
    }

    private static void fil(ZipOutputStream zip, String navn, byte[] innhold) throws IOException {
        zip.putNextEntry(new ZipEntry(navn));
        zip.write(innhold);
        zip.closeEntry();
    }

    private byte[] tilJson(Object verdi) throws IOException {
        return json.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(verdi);
    }

    /** A CSV as the other exports write it (BOM, semicolons, text never a formula). */
    private static byte[] csv(String overskrift, List<List<String>> rader) {
        StringBuilder ut = new StringBuilder(Csv.BOM).append(overskrift).append(Csv.LINJESKIFT);
        for (List<String> rad : rader) {
            ut.append(String.join(";", rad.stream().map(Csv::tekst).toList())).append(Csv.LINJESKIFT);
        }
        return ut.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String iso(java.time.Instant tidspunkt) {
        return tidspunkt == null ? "" : ISO.format(Tidsformat.norsk(tidspunkt));
    }

    static String filnavn(Soknad soknad) {
        return soknad.referanse != null ? soknad.referanse : "soknad-" + soknad.id;
    }

    /** A kommune's file name inside the ZIP: its last segment, letters, digits and a few signs only, never a path. */
    static String trygt(String filnavn) {
        String navn = filnavn.replaceAll("[^\\p{L}\\p{N}._ -]", "_").strip();
        navn = navn.replaceAll("^\\.+", "_");
        return navn.isEmpty() ? "fil.pdf" : navn.length() > 120 ? navn.substring(0, 120) : navn;
    }
}
