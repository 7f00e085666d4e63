package no.legevakttilskudd.saksbehandling;

import static no.legevakttilskudd.felles.Xmldokument.tekst;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.felles.Xmldokument;
import no.legevakttilskudd.utlysning.Utlysning;

/**
 * {@code arkivstruktur.xml} in Noark 5 v5.0 (Arkivverket's schema, checked in the tests): the call is the arkiv with one
 * arkivdel, each case a saksmappe, each exchange with the kommune a journalpost, each file a dokumentbeskrivelse with
 * its dokumentobjekt (path, size, SHA-256). The schema fixes the order of every element and requires a closing date at
 * each level; a case still open gets the time of the export there, and its saksstatus says it is open. The identities
 * (systemID) are UUIDs made from the system's own ids, so the same case has the same identity in every export.
 * Written with the JDK's StAX, as the payment file is.
 */
final class Noark5 {

    static final String FIL = "arkivstruktur.xml";
    static final String NAVNEROM = "http://www.arkivverket.no/standarder/noark5/arkivstruktur";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    /** PRONOM's identifier for PDF/A-2u, the format of every document the system makes. */
    static final String PRONOM_PDF_A_2U = "fmt/478";

    private Noark5() {
    }

    /** @param naa when the export is made: the extract's closing time */
    static byte[] arkivstruktur(Utlysning utlysning, String arkivskaper, List<Arkivuttrekk.Sak> saker, String av, Instant naa) {
        boolean alleAvsluttet = saker.stream().allMatch(s -> s.avsluttet() != null);
        return Xmldokument.skriv(NAVNEROM, "arkiv", Map.of("xsi", XSI), x -> {
            tekst(x, "systemID", id("utlysning", utlysning.id));
            tekst(x, "tittel", utlysning.tittel);
            tekst(x, "arkivstatus", alleAvsluttet ? "Avsluttet" : "Opprettet");
            tekst(x, "opprettetDato", tid(utlysning.opprettet));
            tekst(x, "opprettetAv", utlysning.opprettetAv);
            tekst(x, "avsluttetDato", tid(naa));
            tekst(x, "avsluttetAv", av);
            x.writeStartElement("arkivskaper");
            tekst(x, "arkivskaperID", "legevakttilskudd");
            tekst(x, "arkivskaperNavn", arkivskaper);
            x.writeEndElement();

            x.writeStartElement("arkivdel");
            tekst(x, "systemID", id("arkivdel", utlysning.id));
            tekst(x, "tittel", "Søknader og vedtak, " + utlysning.tittel);
            tekst(x, "arkivdelstatus", alleAvsluttet ? "Avsluttet periode" : "Aktiv periode");
            tekst(x, "opprettetDato", tid(utlysning.opprettet));
            tekst(x, "opprettetAv", utlysning.opprettetAv);
            tekst(x, "avsluttetDato", tid(naa));
            tekst(x, "avsluttetAv", av);
            int journalsekvens = 0;
            int sakssekvens = 0;
            for (Arkivuttrekk.Sak sak : saker) {
                sakssekvens++;
                x.writeStartElement("mappe");
                x.writeAttribute(XSI, "type", "saksmappe");
                tekst(x, "systemID", id("soknad", sak.soknadId()));
                tekst(x, "mappeID", sak.referanse());
                tekst(x, "tittel", sak.tittel());
                tekst(x, "opprettetDato", tid(sak.opprettet()));
                tekst(x, "opprettetAv", arkivskaper);
                tekst(x, "avsluttetDato", tid(sak.avsluttet() != null ? sak.avsluttet() : naa));
                tekst(x, "avsluttetAv", sak.avsluttet() != null ? sak.saksansvarlig() : av);
                int postnummer = 0;
                for (Arkivuttrekk.Journalpost jp : sak.journalposter()) {
                    postnummer++;
                    journalsekvens++;
                    journalpost(x, sak, jp, postnummer, journalsekvens);
                }
                tekst(x, "saksaar", Integer.toString(utlysning.aar));
                tekst(x, "sakssekvensnummer", Integer.toString(sakssekvens));
                tekst(x, "saksdato", dato(sak.opprettet()));
                tekst(x, "administrativEnhet", arkivskaper);
                tekst(x, "saksansvarlig", sak.saksansvarlig());
                tekst(x, "saksstatus", sak.avsluttet() != null ? "Avsluttet" : "Under behandling");
                x.writeEndElement();
            }
            x.writeEndElement();
        }, "arkivstruktur.xml");
    }

    private static void journalpost(XMLStreamWriter x, Arkivuttrekk.Sak sak, Arkivuttrekk.Journalpost jp, int postnummer, int sekvens)
            throws XMLStreamException {
        x.writeStartElement("registrering");
        x.writeAttribute(XSI, "type", "journalpost");
        String nokkel = sak.soknadId() + "-" + jp.nokkel();
        tekst(x, "systemID", id("journalpost", nokkel));
        tekst(x, "opprettetDato", tid(jp.dato()));
        tekst(x, "opprettetAv", jp.inngaaende() ? jp.korrespondansepart() : sak.saksansvarlig());
        tekst(x, "arkivertDato", tid(jp.dato()));
        tekst(x, "arkivertAv", sak.saksansvarlig());
        int dokumentnummer = 0;
        for (Arkivuttrekk.Dokument d : jp.dokumenter()) {
            dokumentnummer++;
            x.writeStartElement("dokumentbeskrivelse");
            tekst(x, "systemID", id("dokument", sak.soknadId() + "-" + d.nokkel()));
            tekst(x, "dokumenttype", "soknad".equals(d.nokkel()) ? "Søknad" : d.pdfA() ? "Brev" : "Vedlegg");
            tekst(x, "dokumentstatus", "Dokumentet er ferdigstilt");
            tekst(x, "tittel", d.tittel());
            tekst(x, "opprettetDato", tid(d.dato()));
            tekst(x, "opprettetAv", jp.inngaaende() ? jp.korrespondansepart() : sak.saksansvarlig());
            tekst(x, "tilknyttetRegistreringSom", d.hoveddokument() ? "Hoveddokument" : "Vedlegg");
            tekst(x, "dokumentnummer", Integer.toString(dokumentnummer));
            tekst(x, "tilknyttetDato", tid(jp.dato()));
            tekst(x, "tilknyttetAv", sak.saksansvarlig());
            x.writeStartElement("dokumentobjekt");
            tekst(x, "systemID", id("dokumentobjekt", sak.soknadId() + "-" + d.nokkel()));
            tekst(x, "versjonsnummer", "1");
            tekst(x, "variantformat", d.pdfA() ? "Arkivformat" : "Produksjonsformat");
            tekst(x, "format", format(d));
            tekst(x, "opprettetDato", tid(d.dato()));
            tekst(x, "opprettetAv", jp.inngaaende() ? jp.korrespondansepart() : sak.saksansvarlig());
            tekst(x, "referanseDokumentfil", d.fil());
            tekst(x, "sjekksum", d.sha256());
            tekst(x, "sjekksumAlgoritme", "SHA256");
            tekst(x, "filstoerrelse", Integer.toString(d.innhold().length));
            x.writeEndElement();
            x.writeEndElement();
        }
        tekst(x, "registreringsID", sak.referanse() + "-" + postnummer);
        tekst(x, "tittel", jp.tittel());
        x.writeStartElement("korrespondansepart");
        tekst(x, "korrespondanseparttype", jp.inngaaende() ? "Avsender" : "Mottaker");
        tekst(x, "korrespondansepartNavn", jp.korrespondansepart());
        x.writeEndElement();
        tekst(x, "journalaar", Integer.toString(ZonedDateTime.ofInstant(jp.dato(), Tidsformat.NORGE).getYear()));
        tekst(x, "journalsekvensnummer", Integer.toString(sekvens));
        tekst(x, "journalpostnummer", Integer.toString(postnummer));
        tekst(x, "journalposttype", jp.inngaaende() ? "Inngående dokument" : "Utgående dokument");
        tekst(x, "journalstatus", "Arkivert");
        tekst(x, "journaldato", dato(jp.dato()));
        x.writeEndElement();
    }

    /**
     * The file's format as PRONOM names it: PDF/A-2u for what the system made; for a kommune's upload, the PDF version its
     * header states (a PDF/A upload is not told apart: it is kept as received, in production format).
     */
    static String format(Arkivuttrekk.Dokument d) {
        if (d.pdfA()) {
            return PRONOM_PDF_A_2U;
        }
        String hode = new String(d.innhold(), 0, Math.min(8, d.innhold().length), StandardCharsets.ISO_8859_1);
        return switch (hode) {
            case "%PDF-1.3" -> "fmt/17";
            case "%PDF-1.4" -> "fmt/18";
            case "%PDF-1.5" -> "fmt/19";
            case "%PDF-1.6" -> "fmt/20";
            case "%PDF-1.7" -> "fmt/276";
            case "%PDF-2.0" -> "fmt/1129";
            default -> "PDF";
        };
    }

    /** A stable UUID for a thing in the system: the same case has the same identity in every export. */
    static String id(String slag, Object nokkel) {
        return UUID.nameUUIDFromBytes(("legevakttilskudd:" + slag + ":" + nokkel).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String tid(Instant tidspunkt) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(tidspunkt.truncatedTo(ChronoUnit.SECONDS).atZone(Tidsformat.NORGE));
    }

    private static String dato(Instant tidspunkt) {
        return tidspunkt.atZone(Tidsformat.NORGE).toLocalDate().toString();
    }
}
