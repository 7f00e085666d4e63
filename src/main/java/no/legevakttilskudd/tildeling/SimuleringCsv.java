package no.legevakttilskudd.tildeling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import no.legevakttilskudd.felles.Csv;
import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.felles.problem.Feltfeil;
import no.legevakttilskudd.felles.problem.ProblemException;
import no.legevakttilskudd.regler.Kroner;

/**
 * Applications for a simulation as CSV: referanse;kommunenummer;legevakt_kommuner;omsokt;godkjent_budsjett;sendt.
 * legevakt_kommuner lists numbers separated by comma or space; sendt is ISO 8601, with offset or as Norwegian time.
 * Only the shape is checked here (errors name line and column); the content rules are the same as for JSON.
 */
public final class SimuleringCsv {

    public static final List<String> KOLONNER = List.of("referanse", "kommunenummer", "legevakt_kommuner", "omsokt", "godkjent_budsjett", "sendt");
    private static final List<String> PAKREVD = List.of("referanse", "kommunenummer", "omsokt");

    private SimuleringCsv() {
    }

    /** The rows, and the file line each came from, so errors can name the line. */
    public record Rader(List<SimuleringInput.SoknadRad> rader, List<Integer> linjer) {
    }

    /** An uploaded file, which must be UTF-8 (Excel's "CSV UTF-8"); the API and the simulation page read it the same way. */
    public static Rader les(Path fil, int maksRader) {
        String csv;
        try {
            csv = Files.readString(fil, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw ProblemException.valideringsfeil("fil", "Filen må være lagret som UTF-8.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return les(csv, maksRader);
    }

    public static Rader les(String tekst, int maksRader) {
        if (tekst == null || tekst.isBlank()) {
            throw ProblemException.valideringsfeil("fil", "Filen er tom.");
        }
        Csv.Tabell tabell = Csv.les(tekst);
        List<String> mangler = PAKREVD.stream().filter(k -> !tabell.harKolonne(k)).toList();
        if (!mangler.isEmpty()) {
            throw ProblemException.valideringsfeil("linje 1", "Overskriften mangler " + String.join(", ", mangler) + ". Kolonner: "
                    + String.join(";", KOLONNER) + ".");
        }
        List<SimuleringInput.SoknadRad> rader = new ArrayList<>();
        List<Integer> linjenumre = new ArrayList<>();
        List<Feltfeil> feil = new ArrayList<>();
        for (Csv.Rad rad : tabell) {
            if (feil.size() >= 100) {
                break;
            }
            if (rad.erTom()) {
                continue;
            }
            if (rader.size() >= maksRader) {
                throw ProblemException.valideringsfeil("fil", "Filen har flere enn " + maksRader + " søknader.");
            }
            String sted = "linje " + rad.linje() + ", ";
            String referanse = tabell.verdi(rad, "referanse");
            String nummer = tabell.verdi(rad, "kommunenummer");
            String legevaktKommuner = tabell.verdi(rad, "legevakt_kommuner");
            List<String> legevakt = legevaktKommuner.isEmpty() ? List.of()
                    : Arrays.stream(legevaktKommuner.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
            Long omsokt = heltall(tabell.verdi(rad, "omsokt"), sted + "omsokt", true, feil);
            Long godkjent = heltall(tabell.verdi(rad, "godkjent_budsjett"), sted + "godkjent_budsjett", false, feil);
            Instant sendt = tidspunkt(tabell.verdi(rad, "sendt"), sted + "sendt", feil);
            rader.add(new SimuleringInput.SoknadRad(referanse.isEmpty() ? null : referanse, nummer, legevakt, omsokt, godkjent, sendt));
            linjenumre.add(rad.linje());
        }
        if (!feil.isEmpty()) {
            throw ProblemException.valideringsfeil(feil);
        }
        return new Rader(rader, linjenumre);
    }

    private static Long heltall(String verdi, String felt, boolean pakrevd, List<Feltfeil> feil) {
        if (verdi.isBlank()) {
            if (pakrevd) {
                feil.add(new Feltfeil(felt, "Mangler beløp i hele kroner."));
            }
            return null;
        }
        Long tall = Kroner.les(verdi);
        if (tall == null) {
            feil.add(new Feltfeil(felt, "«" + verdi + "» er ikke et beløp i hele kroner."));
        }
        return tall;
    }

    private static Instant tidspunkt(String verdi, String felt, List<Feltfeil> feil) {
        if (verdi.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(verdi);
        } catch (DateTimeParseException utenSone) {
            try {
                return LocalDateTime.parse(verdi).atZone(Tidsformat.NORGE).toInstant();
            } catch (DateTimeParseException e) {
                feil.add(new Feltfeil(felt, "«" + verdi + "» er ikke et tidspunkt; skriv f.eks. 2022-05-10T10:00:00Z."));
                return null;
            }
        }
    }
}
