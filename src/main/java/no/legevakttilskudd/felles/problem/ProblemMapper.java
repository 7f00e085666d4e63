package no.legevakttilskudd.felles.problem;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.ForbiddenException;

/**
 * Turns every failure into {@code application/problem+json}: 4xx with a Norwegian message for bad requests, and a
 * 500 without internals (but with a reference that is also in the log) for our own faults. A browser on a page gets
 * the same answer as an HTML page in the site's layout.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    /** Where the framework reads forms, multipart bodies, %-escapes and media types. */
    private static final List<String> INNHOLDSLESERE = List.of(
            "org.jboss.resteasy.reactive.server.core.multipart.",
            "org.jboss.resteasy.reactive.server.handlers.FormBodyHandler",
            "org.jboss.resteasy.reactive.server.providers.serialisers.ServerFormUrlEncodedProvider",
            "org.jboss.resteasy.reactive.common.util.URLUtils",
            "org.jboss.resteasy.reactive.common.headers.MediaTypeHeaderDelegate");

    @Inject
    ObjectMapper objectMapper;

    @Inject
    Feilside sider;

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        Response svar = svar(e.problem());
        if (e.provIgjenOm() == null) {
            return svar;
        }
        // Whole seconds, rounded up: a client that waits exactly this long is let through.
        long sekunder = Math.max(1, (e.provIgjenOm().toMillis() + 999) / 1000);
        return Response.fromResponse(svar).header("Retry-After", String.valueOf(sekunder)).build();
    }

    @ServerExceptionMapper
    public Response ugyldigJson(JsonParseException e) {
        return svar(Problem.av("ugyldig-json", "Ugyldig JSON", 400,
                "Innholdet er ikke gyldig JSON (linje " + e.getLocation().getLineNr() + ", kolonne "
                        + e.getLocation().getColumnNr() + ").", null));
    }

    @ServerExceptionMapper
    public Response feilType(MismatchedInputException e) {
        String felt = sti(e);
        String melding;
        if (e instanceof UnrecognizedPropertyException unknown) {
            melding = "Feltet «" + unknown.getPropertyName() + "» finnes ikke.";
        } else if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            melding = "Ugyldig verdi «" + invalid.getValue() + "». Gyldige verdier: "
                    + List.of(invalid.getTargetType().getEnumConstants()).stream().map(Object::toString)
                            .collect(Collectors.joining(", ")) + ".";
        } else if (e.getTargetType() != null) {
            melding = "Verdien har feil type; forventet " + typeNavn(e.getTargetType()) + ".";
        } else {
            melding = "Verdien har feil type.";
        }
        return svar(Problem.av("valideringsfeil", "Ugyldige opplysninger", 400, melding,
                List.of(new Feltfeil(felt.isEmpty() ? "(hele innholdet)" : felt, melding))));
    }

    @ServerExceptionMapper
    public Response jsonFeil(JsonProcessingException e) {
        return svar(Problem.av("ugyldig-json", "Ugyldig JSON", 400, "Innholdet kunne ikke leses som JSON.", null));
    }

    @ServerExceptionMapper
    public Response forbudt(ForbiddenException e) {
        return svar(Problem.av("ingen-tilgang", "Ingen tilgang", 403, "Du har ikke tilgang til dette.", null));
    }

    @ServerExceptionMapper
    public Response webFeil(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        // The JSON reader wraps some parse errors (e.g. an unterminated string) in a plain 400; say what was wrong.
        if (e.getCause() instanceof MismatchedInputException mismatch) {
            return feilType(mismatch);
        }
        if (e.getCause() instanceof JsonParseException parse) {
            return ugyldigJson(parse);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return jsonFeil(json);
        }
        if (status >= 500) {
            return intern(e);
        }
        String detail = switch (status) {
            case 404 -> "Adressen finnes ikke.";
            case 405 -> "Metoden er ikke tillatt for denne adressen.";
            case 406 -> "Vi kan ikke svare i formatet du ba om.";
            case 413 -> "Innholdet er for stort.";
            case 415 -> "Innholdstypen støttes ikke her.";
            case 401 -> "Du må logge inn.";
            case 403 -> "Du har ikke tilgang til dette.";
            default -> "Forespørselen kunne ikke behandles.";
        };
        return svar(Problem.av("http-" + status, tittel(status), status, detail, null));
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response intern(Throwable e) {
        // A body the framework's own readers could not read (a form with broken %-escapes or over 1000 fields, a
        // cut-off multipart, a Content-Type that is no media type) arrives as a plain exception: bad input, not our fault.
        if (uleseligInnhold(e)) {
            return svar(Problem.av("uleselig-innhold", "Forespørselen kunne ikke behandles", 400,
                    "Innholdet kunne ikke leses (ugyldig koding eller format).", null));
        }
        Problem databaseregel = databaseregel(e);
        if (databaseregel != null) {
            LOG.warnf("Databasen nektet: %s", databaseregel.detail());
            return svar(databaseregel);
        }
        // The database out of reach (restarting, failing over, network): the request may be tried again in a moment,
        // and the pool reconnects by itself when the database is back.
        if (databasenUtilgjengelig(e)) {
            LOG.warnf("Databasen er ikke tilgjengelig: %s", e.getMessage());
            return Response.fromResponse(svar(Problem.av("databasen-utilgjengelig", "Tjenesten er midlertidig utilgjengelig", 503,
                    "Databasen svarer ikke akkurat nå. Ingenting er lagret. Prøv igjen om litt.", null)))
                    .header("Retry-After", "5").build();
        }
        String referanse = UUID.randomUUID().toString();
        LOG.errorf(e, "Uventet feil, referanse %s", referanse);
        return svar(Problem.av("intern-feil", "Noe gikk galt hos oss", 500,
                "Prøv igjen om litt. Oppgi referanse " + referanse + " hvis du kontakter brukerstøtte.", null));
    }

    /**
     * A lost or refused database connection: SQLSTATE class 08 (connection exception) or 57P (operator intervention,
     * such as a shutting-down server), or a pool that could not get a connection in time.
     */
    static boolean databasenUtilgjengelig(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException || t instanceof java.sql.SQLNonTransientConnectionException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A refusal by a rule the database itself holds (a trigger that raises SQLSTATE {@code LV} + HTTP status, the
     * problem type in its hint and the user's message as its message, e.g. habilitet in V1.20.0). The service checks
     * the same rule first; this is what a code path that forgot it gets instead of a 500 or a stored row.
     */
    static Problem databaseregel(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.postgresql.util.PSQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().matches("LV4\\d\\d") && sql.getServerErrorMessage() != null) {
                var melding = sql.getServerErrorMessage();
                return Problem.av(melding.getHint() != null ? melding.getHint() : "ingen-tilgang",
                        tittel(Integer.parseInt(sql.getSQLState().substring(2))), Integer.parseInt(sql.getSQLState().substring(2)),
                        melding.getMessage(), null);
            }
        }
        return null;
    }

    /** Thrown while the framework read the request, before any code of ours ran on it. */
    static boolean uleseligInnhold(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            for (StackTraceElement ramme : t.getStackTrace()) {
                String klasse = ramme.getClassName();
                if (klasse.startsWith("no.legevakttilskudd.")) {
                    return false;
                }
                if (INNHOLDSLESERE.stream().anyMatch(klasse::startsWith)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String tittel(int status) {
        return switch (status) {
            case 404 -> "Fant ikke det du spurte etter";
            case 401 -> "Ikke innlogget";
            case 403 -> "Ingen tilgang";
            default -> "Forespørselen kunne ikke behandles";
        };
    }

    private Response svar(Problem problem) {
        if (sider.erSide()) {
            return sider.svar(problem);
        }
        try {
            return Response.status(problem.status())
                    .type(Problem.MEDIA_TYPE)
                    .entity(objectMapper.writeValueAsString(problem))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Problem kunne ikke skrives som JSON", e);
        }
    }

    /** Jackson's path as we write fields elsewhere: {@code tiltak[0].budsjettlinjer[1].belop}. */
    static String sti(JsonMappingException e) {
        StringBuilder sti = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!sti.isEmpty()) {
                    sti.append('.');
                }
                sti.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                sti.append('[').append(reference.getIndex()).append(']');
            }
        }
        return sti.toString();
    }

    private static String typeNavn(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || type == long.class || type == int.class) {
            return "et heltall";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true eller false";
        }
        if (type == String.class) {
            return "tekst";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "en liste";
        }
        if (type == java.time.LocalDate.class) {
            return "en dato som 2023-04-01";
        }
        if (type == java.time.LocalDateTime.class) {
            return "dato og klokkeslett som 2022-05-18T23:59";
        }
        return "et objekt";
    }
}
