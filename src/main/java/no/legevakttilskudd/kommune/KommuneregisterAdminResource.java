package no.legevakttilskudd.kommune;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Roller;
import no.legevakttilskudd.felles.problem.ProblemException;
import no.legevakttilskudd.felles.web.Skjema;
import no.legevakttilskudd.felles.web.Skjemafeil;
import no.legevakttilskudd.felles.web.Skjemavern;
import no.legevakttilskudd.felles.web.Sprak;
import no.legevakttilskudd.felles.web.Tekster;
import no.legevakttilskudd.regler.Kroner;

/**
 * Admin page for the kommune registry: the active version and all versions, upload of a new CSV, a preview of what
 * it would change, and "use this version". Nothing is stored before the admin confirms the preview.
 *
 * <p>How the file gets from the preview to the confirmation: the preview page carries the file itself in a hidden
 * field (Base64, so browsers cannot rewrite its line breaks), with its SHA-256 and the id of the version the changes
 * were computed against. Keeping it in the page, not on the server, leaves the instances stateless (no pending
 * uploads to store, expire or share between instances, architecture decision 12). On confirmation the SHA-256 is
 * computed again, so a field that was cut short or altered is refused instead of applied; and the service refuses
 * (409) if another version became active in between, because the admin agreed to the changes shown, not to others.
 * The hash is no signature: an admin could send any file anyway, which is what the role allows; the file is checked
 * again from scratch by the same all-or-nothing path as the API, and the CSRF token keeps other sites out.
 */
@Skjemavern
@Path("/admin/kommuneregister")
@RolesAllowed(Roller.ADMIN)
public class KommuneregisterAdminResource {

    /** The CSV's limit of 2000 kommuner is about 200 kB; a megabyte leaves room and keeps the page's hidden field small. */
    static final int MAKS_BYTES = 1024 * 1024;
    private static final int MAKS_KILDE = 300;

    /** The page model of {@code register}. */
    public record Registerside(KommuneregisterVersjon aktiv, List<KommuneregisterVersjon> versjoner, Skjema skjema, boolean brukt) {
    }

    /** The page model of {@code forhandsvisning}. */
    public record Forhandsvisningside(Registerendringer endringer, String filnavn, String kilde, String innhold, String sha256, boolean registeretVarEndret) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance register(Registerside side);

        static native TemplateInstance forhandsvisning(Forhandsvisningside side);
    }

    @Inject
    KommuneregisterService register;

    @Inject
    Innlogget innlogget;

    @Inject
    Sprak sprak;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance side(@QueryParam("melding") String melding) {
        return registerside(new Skjema(), "brukt".equals(melding));
    }

    @POST
    @Path("forhandsvis")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response forhandsvis(@RestForm("fil") FileUpload fil, @RestForm("kilde") String kilde) {
        Skjema skjema = new Skjema().verdi("kilde", kilde);
        Tekster tekster = sprak.tekster(Tekster.class);
        if (fil == null || fil.size() == 0 && (fil.fileName() == null || fil.fileName().isBlank())) {
            return ugyldig(skjema.leggTil(Skjemafeil.her("fil", tekster.admin_feil_velg_fil())));
        }
        if (fil.size() > MAKS_BYTES) {
            return ugyldig(skjema.leggTil(Skjemafeil.her("fil", tekster.admin_feil_for_stor(Kroner.tall(MAKS_BYTES / 1024) + " kB"))));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(fil.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String csv = utf8(bytes);
        if (csv == null) {
            return ugyldig(skjema.leggTil(Skjemafeil.her("fil", tekster.admin_feil_utf8())));
        }
        String filnavn = fil.fileName() == null || fil.fileName().isBlank() ? "CSV" : kortet(fil.fileName().strip());
        String kildeTekst = kilde == null || kilde.isBlank() ? kortet("Opplastet CSV: " + filnavn) : kortet(kilde.strip());
        try {
            Registerendringer endringer = register.forhandsvis(csv);
            return Response.ok(sprak.side(Templates.forhandsvisning(new Forhandsvisningside(endringer, filnavn, kildeTekst,
                    Base64.getEncoder().encodeToString(bytes), sha256(bytes), false)))).build();
        } catch (ProblemException e) {
            return ugyldig(filfeil(skjema, e));
        }
    }

    @POST
    @Path("bruk")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response bruk(@RestForm String innhold, @RestForm String sha256,
            @RestForm Long mot, @RestForm String kilde, @RestForm String filnavn) {
        byte[] bytes = base64(innhold);
        String csv = bytes == null ? null : utf8(bytes);
        if (csv == null || sha256 == null || mot == null
                || !MessageDigest.isEqual(sha256(bytes).getBytes(StandardCharsets.US_ASCII), sha256.getBytes(StandardCharsets.US_ASCII))) {
            return ugyldig(new Skjema().leggTil(Skjemafeil.her("fil", sprak.tekster(Tekster.class).admin_feil_innhold_endret())));
        }
        try {
            register.erstatt(csv, kilde, mot, innlogget.aktor());
            return Response.seeOther(URI.create("/admin/kommuneregister?melding=brukt")).build();
        } catch (ProblemException e) {
            if (e.problem().status() == 409) {
                // Show the changes against the version that is active now, and let the admin decide again.
                Registerendringer endringer = register.forhandsvis(csv);
                return Response.status(Response.Status.CONFLICT).entity(sprak.side(Templates.forhandsvisning(new Forhandsvisningside(endringer,
                        filnavn == null ? "CSV" : kortet(filnavn), kilde, innhold, sha256, true)))).build();
            }
            return ugyldig(filfeil(new Skjema(), e));
        }
    }

    private TemplateInstance registerside(Skjema skjema, boolean brukt) {
        return sprak.side(Templates.register(new Registerside(register.aktivVersjon(), register.versjoner(), skjema, brukt)));
    }

    private Response ugyldig(Skjema skjema) {
        return Response.status(Response.Status.BAD_REQUEST).entity(registerside(skjema, false)).build();
    }

    /** The file's errors as the API gives them, "linje 5, sentralitetsklasse: …", each linking to the file field. */
    private static Skjema filfeil(Skjema skjema, ProblemException e) {
        if (e.problem().status() != 400 || e.problem().feil().isEmpty()) {
            throw e;
        }
        e.problem().feil().forEach(f -> skjema.leggTil(new Skjemafeil("fil", f.felt() + ": " + f.melding(), "#fil")));
        return skjema;
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static byte[] base64(String tekst) {
        if (tekst == null || tekst.length() > MAKS_BYTES * 2) {
            return null;
        }
        try {
            return Base64.getDecoder().decode(tekst.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 finnes i alle Java-versjoner", e);
        }
    }

    private static String kortet(String tekst) {
        return tekst.length() > MAKS_KILDE ? tekst.substring(0, MAKS_KILDE) : tekst;
    }
}
