package no.legevakttilskudd.saksbehandling;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import no.legevakttilskudd.felles.Avsender;
import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Pdfskriver;
import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.felles.hendelse.HendelseService;
import no.legevakttilskudd.oppbevaring.OppbevaringService;
import no.legevakttilskudd.soknad.Soknad;
import no.legevakttilskudd.soknad.SoknadDto;
import no.legevakttilskudd.soknad.SoknadStatus;
import no.legevakttilskudd.soknad.SoknadVisning;
import no.legevakttilskudd.soknad.Vedlegg;
import no.legevakttilskudd.soknad.VedleggService;
import no.legevakttilskudd.tilleggsopplysning.TilleggsopplysningService;
import no.legevakttilskudd.utlysning.Utlysning;
import no.legevakttilskudd.utlysning.UtlysningService;
import no.legevakttilskudd.vedtak.Vedtak;
import no.legevakttilskudd.vedtak.VedtakService;

/**
 * The archive export of a call (docs/operations.md, «Arkivuttrekk»): one ZIP with every sent case's documents and
 * {@code arkivstruktur.xml}, the metadata in Noark 5's structure (arkiv → arkivdel → saksmappe → journalpost →
 * dokumentbeskrivelse → dokumentobjekt, {@link Noark5}), each file named there with its size and SHA-256, so a
 * municipal or state archive can take the call in. Incoming: the application (as a document, PDF/A) with the kommune's
 * attachments, and the answers to questions with theirs; outgoing: the letters, as they were sent. Made in one
 * transaction into a temporary file, streamed and deleted, and logged.
 */
@ApplicationScoped
public class Arkivuttrekk {

    /**
     * A file in a journal entry. {@code pdfA} is true for what the system made (PDF/A-2u), false for a kommune's upload;
     * {@code nokkel} names it by the system's own ids («vedlegg-12»), so its identity in the archive never moves.
     */
    record Dokument(String nokkel, String tittel, String fil, byte[] innhold, boolean hoveddokument, boolean pdfA, Instant dato) {

        String sha256() {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(innhold));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A registered document exchange with the kommune: in (from it) or out (to it), with its files; {@code nokkel} as above. */
    record Journalpost(String nokkel, String tittel, boolean inngaaende, Instant dato, String korrespondansepart, List<Dokument> dokumenter) {
    }

    /** A case: the application and what came of it. {@code avsluttet} is null while something may still happen in it. */
    record Sak(long soknadId, String referanse, String tittel, Instant opprettet, Instant avsluttet, String saksansvarlig,
            List<Journalpost> journalposter) {
    }

    @Inject
    UtlysningService utlysninger;

    @Inject
    SoknadVisning visning;

    @Inject
    VedleggService vedlegg;

    @Inject
    TilleggsopplysningService tilleggsopplysninger;

    @Inject
    VedtakService vedtakService;

    @Inject
    OppbevaringService oppbevaring;

    @Inject
    Saksmappe saksmappe;

    @Inject
    HendelseService hendelser;

    @Inject
    Avsender.Oppsett avsender;

    @Inject
    Clock clock;

    @Transactional
    public Response lastNed(long utlysningId, Innlogget innlogget) {
        Utlysning utlysning = utlysninger.hent(utlysningId);
        List<Sak> saker = saker(utlysning, innlogget);
        Path fil;
        try {
            fil = Files.createTempFile("arkivuttrekk-", ".zip");
            try (OutputStream ut = Files.newOutputStream(fil); ZipOutputStream zip = new ZipOutputStream(ut)) {
                String rot = "arkivuttrekk-" + utlysning.id + "/";
                for (Sak sak : saker) {
                    for (Journalpost jp : sak.journalposter()) {
                        for (Dokument d : jp.dokumenter()) {
                            zip.putNextEntry(new ZipEntry(rot + d.fil()));
                            zip.write(d.innhold());
                            zip.closeEntry();
                        }
                    }
                }
                zip.putNextEntry(new ZipEntry(rot + Noark5.FIL));
                zip.write(Noark5.arkivstruktur(utlysning, avsender.navn(), saker, innlogget.brukernavn(), clock.instant()));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Arkivuttrekket kunne ikke skrives", e);
        }
        hendelser.registrer(innlogget.aktor(), "UTLYSNING", utlysning.id, "ARKIVUTTREKK_LASTET_NED", null, saker.size() + " saker");
        StreamingOutput innhold = ut -> {
            try {
                Files.copy(fil, ut);
            } finally {
                Files.deleteIfExists(fil);
            }
        };
        return Response.ok(innhold, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"arkivuttrekk-utlysning-" + utlysning.id + ".zip\"").build();
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance melding(String tittel, String referanse, String dato, String fra, String tekst);
    }

    /** A question or an answer as a document (PDF/A), for the archive to hold the text itself. */
    private static byte[] melding(String tittel, String referanse, Instant tid, String fra, String tekst) {
        return Pdfskriver.pdf(Templates.melding(tittel, referanse, Tidsformat.norskDato(tid.atZone(Tidsformat.NORGE).toLocalDate()), fra,
                tekst).render(), tittel);
    }

    /** Every case of the call that was sent (not drafts, nor drafts withdrawn before sending), in the order of their references. */
    List<Sak> saker(Utlysning utlysning, Innlogget innlogget) {
        Map<Long, Instant> avsluttet = oppbevaring.avsluttet(utlysning.id);
        List<Soknad> soknader = Soknad.list("utlysningId = ?1 and status <> ?2 and sendt is not null order by referanse, id", utlysning.id,
                SoknadStatus.UTKAST);
        List<Sak> saker = new ArrayList<>();
        for (Soknad soknad : soknader) {
            SoknadDto dto = visning.dto(soknad.id);
            String referanse = Saksmappe.filnavn(soknad);
            String mappe = "dokumenter/" + referanse + "/";
            String kommune = dto.kommunenavn() + " kommune";
            List<Journalpost> poster = new ArrayList<>();

            List<Dokument> inn = new ArrayList<>();
            inn.add(new Dokument("soknad", "Søknad om tilskudd til legevakt", mappe + "soknad.pdf", saksmappe.soknadPdf(dto, soknad.utlysningId),
                    true, true, soknad.sendt));
            for (Vedlegg v : vedlegg.alle(soknad.id)) {
                inn.add(new Dokument("vedlegg-" + v.id, v.filnavn, mappe + "vedlegg/" + v.id + "-" + Saksmappe.trygt(v.filnavn), v.innhold,
                        false, false, v.lastetOpp));
            }
            poster.add(new Journalpost("soknad", "Søknad om tilskudd til legevakt fra " + kommune, true, soknad.sendt, kommune, inn));

            // Each question to the kommune goes out, and its answer comes in, each as a document with the text.
            for (TilleggsopplysningService.Trad t : tilleggsopplysninger.trad(soknad.id, innlogget)) {
                long id = t.sporsmal().id;
                String tittel = "Spørsmål til kommunen (spørsmål " + id + ")";
                poster.add(new Journalpost("sporsmal-" + id, tittel, false, t.sporsmal().spurt, kommune, List.of(new Dokument("sporsmal-" + id,
                        tittel, mappe + "tilleggsopplysninger/sporsmal-" + id + ".pdf", melding(tittel, referanse, t.sporsmal().spurt,
                                avsender.navn(), t.sporsmal().sporsmal + "\n\nSvarfrist: " + Tidsformat.norskDato(t.sporsmal().svarfrist)),
                        true, true, t.sporsmal().spurt))));
                if (t.sporsmal().besvart == null) {
                    continue;
                }
                String svartittel = "Svar fra kommunen (spørsmål " + id + ")";
                List<Dokument> svar = new ArrayList<>();
                svar.add(new Dokument("svar-" + id, svartittel, mappe + "tilleggsopplysninger/svar-" + id + ".pdf", melding(svartittel,
                        referanse, t.sporsmal().besvart, kommune, t.sporsmal().svar == null ? "" : t.sporsmal().svar), true, true,
                        t.sporsmal().besvart));
                for (TilleggsopplysningService.VedleggRad v : t.vedlegg()) {
                    svar.add(new Dokument("svarvedlegg-" + v.id(), v.filnavn(), mappe + "tilleggsopplysninger/" + id + "-" + v.id() + "-"
                            + Saksmappe.trygt(v.filnavn()), tilleggsopplysninger.vedleggMedInnhold(v.id()).innhold, false, false,
                            t.sporsmal().besvart));
                }
                poster.add(new Journalpost("svar-" + id, svartittel, true, t.sporsmal().besvart, kommune, svar));
            }

            List<Vedtak> vedtakene = vedtakService.forSoknad(soknad.id);
            for (Saksmappe.Saksbrev brev : saksmappe.brevene(vedtakene, innlogget)) {
                poster.add(new Journalpost("brev-" + brev.filnavn(), brev.tittel(), false, brev.dato(), kommune, List.of(new Dokument(
                        "brev-" + brev.filnavn(), brev.tittel(), mappe + brev.filnavn() + ".pdf", brev.pdf(), true, true, brev.dato()))));
            }
            String ansvarlig = vedtakene.stream().filter(v -> v.foreslattAvNavn != null).reduce((a, b) -> b).map(v -> v.foreslattAvNavn)
                    .orElse(avsender.navn());
            saker.add(new Sak(soknad.id, referanse, "Tilskudd til legevakt – " + kommune + " – " + utlysning.aar, soknad.sendt,
                    avsluttet.get(soknad.id), ansvarlig, List.copyOf(poster)));
        }
        return saker;
    }

}
