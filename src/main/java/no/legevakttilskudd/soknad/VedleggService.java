package no.legevakttilskudd.soknad;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.felles.hendelse.HendelseService;
import no.legevakttilskudd.felles.problem.Feltfeil;
import no.legevakttilskudd.felles.problem.ProblemException;
import no.legevakttilskudd.utlysning.UtlysningService;

/** PDF attachments: parsed and checked as PDF, bounded in size and number, stored with their metadata in one transaction. */
@ApplicationScoped
public class VedleggService {

    /** Room in a multipart body for the part headers, a long file name and the form's other fields. */
    private static final int MULTIPART_OVERHEAD = 64 * 1024;

    @Inject
    SoknadService soknader;

    @Inject
    UtlysningService utlysninger;

    @Inject
    HendelseService hendelser;

    @Inject
    Clock clock;

    @ConfigProperty(name = "legevakttilskudd.vedlegg.maks-antall")
    int maksAntall;

    @ConfigProperty(name = "legevakttilskudd.vedlegg.maks-bytes")
    int maksBytes;

    /** The largest file accepted, also told to the browser so it can refuse a file before sending it. */
    public long maksBytes() {
        return maksBytes;
    }

    public List<SoknadDto.VedleggDto> liste(long soknadId) {
        return Vedlegg.find("select v.id, v.filnavn, v.storrelse, v.sha256, v.lastetOpp from Vedlegg v where v.soknadId = ?1 order by v.id",
                soknadId).project(VedleggRad.class).list().stream().map(VedleggRad::dto).toList();
    }

    /** The application's attachments with their contents, in upload order: for the case dossier. */
    public List<Vedlegg> alle(long soknadId) {
        return Vedlegg.list("soknadId = ?1 order by id", soknadId);
    }

    @Transactional
    public SoknadDto.VedleggDto leggTil(long soknadId, String filnavn, byte[] innhold, Innlogget innlogget) {
        Soknad soknad = soknader.hentEgen(soknadId, innlogget, true);
        soknader.krevRedigerbar(soknad, utlysninger.hent(soknad.utlysningId));
        String navn = kontrollerPdf(filnavn, innhold);
        if (Vedlegg.count("soknadId", soknadId) >= maksAntall) {
            throw ProblemException.valideringsfeil("fil", SoknadFeil.FIL_FOR_MANGE, maksAntall);
        }
        Vedlegg vedlegg = new Vedlegg();
        vedlegg.soknadId = soknadId;
        vedlegg.filnavn = navn;
        vedlegg.storrelse = innhold.length;
        vedlegg.sha256 = sha256(innhold);
        vedlegg.innhold = innhold;
        vedlegg.lastetOpp = clock.instant();
        vedlegg.lastetOppAv = innlogget.brukernavn();
        vedlegg.persist();
        hendelser.registrer(innlogget.aktor(), SoknadService.ENTITET, soknadId, "VEDLEGG_LAGT_TIL", null,
                "vedlegg " + vedlegg.id + " «" + navn + "», " + innhold.length + " byte, sha256 " + vedlegg.sha256);
        return new SoknadDto.VedleggDto(vedlegg.id, navn, vedlegg.storrelse, vedlegg.sha256, Tidsformat.norsk(vedlegg.lastetOpp));
    }

    /**
     * The checks every uploaded PDF gets, wherever it is attached (the application, an answer to a question): not empty,
     * not over the size limit, and a PDF that parses without scripts or embedded files. Refuses with 400 on {@code fil}.
     *
     * @return the file name as stored: its last path segment, without control characters
     */
    public String kontrollerPdf(String filnavn, byte[] innhold) {
        String navn = rensetFilnavn(filnavn);
        if (innhold == null || innhold.length == 0) {
            throw ProblemException.valideringsfeil("fil", SoknadFeil.FIL_TOM);
        }
        if (innhold.length > maksBytes) {
            throw ProblemException.valideringsfeil("fil", SoknadFeil.FIL_FOR_STOR);
        }
        Pdfkontroll.feil(innhold).ifPresent(funn -> {
            throw ProblemException.valideringsfeil("fil", funn.feil, navn);
        });
        return navn;
    }

    /**
     * A step of the form saved as one: the application's content and, on the last step, a new file or the removal of
     * one. One transaction, so a file that is refused leaves the content unsaved too, and the page shows both again as
     * typed.
     */
    @Transactional
    public void lagreSteg(long soknadId, SoknadInput innhold, String filnavn, byte[] fil, Long slettVedleggId, Innlogget innlogget) {
        soknader.oppdaterUtkast(soknadId, innhold, innlogget);
        if (fil != null) {
            leggTil(soknadId, filnavn, fil, innlogget);
        }
        if (slettVedleggId != null) {
            slett(soknadId, slettVedleggId, innlogget);
        }
    }

    /** The attachment as a PDF download, for whoever may see the application (its kommune, the directorate's staff). */
    public Response lastNed(long soknadId, long vedleggId, Innlogget innlogget) {
        return hent(soknadId, vedleggId, innlogget).somPdf();
    }

    Vedlegg hent(long soknadId, long vedleggId, Innlogget innlogget) {
        soknader.hentTilgjengelig(soknadId, innlogget);
        Vedlegg vedlegg = Vedlegg.findById(vedleggId);
        if (vedlegg == null || vedlegg.soknadId != soknadId) {
            throw ProblemException.ikkeFunnet("Vedlegg " + vedleggId + " finnes ikke.");
        }
        return vedlegg;
    }

    @Transactional
    public void slett(long soknadId, long vedleggId, Innlogget innlogget) {
        Soknad soknad = soknader.hentEgen(soknadId, innlogget, true);
        soknader.krevRedigerbar(soknad, utlysninger.hent(soknad.utlysningId));
        Vedlegg vedlegg = Vedlegg.findById(vedleggId);
        if (vedlegg == null || vedlegg.soknadId != soknadId) {
            throw ProblemException.ikkeFunnet("Vedlegg " + vedleggId + " finnes ikke.");
        }
        String beskrivelse = "vedlegg " + vedlegg.id + " «" + vedlegg.filnavn + "»";
        vedlegg.delete();
        hendelser.registrer(innlogget.aktor(), SoknadService.ENTITET, soknadId, "VEDLEGG_SLETTET", beskrivelse, null);
    }

    /**
     * Before the body is read (see {@link Opplastingsvakt}): the application is the user's kommune's (404 as for one
     * that does not exist, otherwise).
     */
    public void forhandskontroller(long soknadId, Innlogget innlogget) {
        soknader.hentEgen(soknadId, innlogget, false);
    }

    /**
     * A declared request size that leaves no room for at most one file of the allowed size with the form around it
     * (see {@link Opplastingsgrense}).
     */
    public boolean forStorForesporsel(long innholdslengde) {
        return innholdslengde > (long) maksBytes + MULTIPART_OVERHEAD;
    }

    static ProblemException forStorForesporsel() {
        return ProblemException.forStor(Feltfeil.av("fil", SoknadFeil.FIL_FOR_STOR_FORESPORSEL));
    }

    /** Only the last path segment, without control characters, and never empty or over 255 characters. */
    static String rensetFilnavn(String filnavn) {
        String navn = filnavn == null ? "" : filnavn.replace('\\', '/');
        navn = navn.substring(navn.lastIndexOf('/') + 1).codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (navn.isEmpty()) {
            navn = "vedlegg.pdf";
        }
        return navn.length() > 255 ? navn.substring(0, 255) : navn;
    }

    public static String sha256(byte[] innhold) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(innhold));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Metadata only: listing attachments must not load their contents. */
    public record VedleggRad(Long id, String filnavn, int storrelse, String sha256, java.time.Instant lastetOpp) {

        SoknadDto.VedleggDto dto() {
            return new SoknadDto.VedleggDto(id, filnavn, storrelse, sha256, Tidsformat.norsk(lastetOpp));
        }
    }
}
