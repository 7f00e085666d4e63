package no.legevakttilskudd.tildeling;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import no.legevakttilskudd.felles.Csv;

/** JSON by default; CSV for Excel when the client's most preferred type is text/csv. */
final class Svarformat {

    private static final MediaType CSV = MediaType.valueOf("text/csv");

    private Svarformat() {
    }

    static Response svar(TildelingDto resultat, HttpHeaders headers, String filnavn) {
        boolean csv = !headers.getAcceptableMediaTypes().isEmpty() && !headers.getAcceptableMediaTypes().get(0).isWildcardType()
                && headers.getAcceptableMediaTypes().get(0).isCompatible(CSV);
        if (csv) {
            return Response.ok(TildelingCsv.skriv(resultat), Csv.MEDIA_TYPE)
                    .header("Content-Disposition", "attachment; filename=\"" + filnavn + ".csv\"")
                    .build();
        }
        return Response.ok(resultat, MediaType.APPLICATION_JSON).build();
    }
}
