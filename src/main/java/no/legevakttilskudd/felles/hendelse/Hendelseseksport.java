package no.legevakttilskudd.felles.hendelse;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import no.legevakttilskudd.felles.Csv;
import no.legevakttilskudd.felles.Tidsformat;

/**
 * The audit log as a CSV download for Excel, written row by row while the database streams them, so a log of any size
 * downloads without being held in memory. The API and the admin page give the same file.
 */
@ApplicationScoped
public class Hendelseseksport {

    static final String FILNAVN = "hendelseslogg.csv";
    static final String OVERSKRIFT = "tidspunkt;aktor;rolle;entitet;entitetId;handling;forVerdi;etterVerdi";

    @Inject
    HendelseService hendelser;

    /** The filter is read and checked before this is called, so a bad filter is a 400 and never half a file. */
    public Response csv(Hendelsesfilter filter) {
        StreamingOutput innhold = ut -> {
            Writer skriver = new BufferedWriter(new OutputStreamWriter(ut, StandardCharsets.UTF_8));
            skriver.write(Csv.BOM + OVERSKRIFT + Csv.LINJESKIFT);
            try {
                hendelser.hver(filter, h -> skriv(skriver, h));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            skriver.flush();
        };
        return Response.ok(innhold, Csv.MEDIA_TYPE).header("Content-Disposition", "attachment; filename=\"" + FILNAVN + "\"").build();
    }

    /** Given events in the log export's own format (one case's history in its dossier, for instance). */
    public static void skriv(Writer skriver, List<Hendelse> rader) throws IOException {
        skriver.write(Csv.BOM + OVERSKRIFT + Csv.LINJESKIFT);
        try {
            rader.forEach(h -> skriv(skriver, h));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        skriver.flush();
    }

    private static void skriv(Writer skriver, Hendelse h) {
        try {
            // ISO with the Norwegian offset and always the seconds, so every row sorts and parses the same way.
            skriver.write(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(Tidsformat.norsk(h.tidspunkt)));
            for (String felt : new String[] {h.aktor, h.rolle, h.entitet, h.entitetId, h.handling, h.forVerdi, h.etterVerdi}) {
                skriver.write(';');
                // Names, reasons and summaries are typed by people: never a formula when the file is opened.
                skriver.write(Csv.tekst(felt));
            }
            skriver.write(Csv.LINJESKIFT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
