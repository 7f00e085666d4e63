package no.legevakttilskudd.vedtak.utbetaling.bunt;

import static no.legevakttilskudd.felles.Xmldokument.tekst;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.felles.Xmldokument;

/**
 * An ISO 20022 credit transfer initiation, pain.001.001.03 (the version Norwegian banks and the state's payment service
 * take): one payment information block with the batch's execution date, the agency as debtor with its account, and
 * one transaction per payment with the kommune as creditor (name, organisation number, account) and the case reference
 * as the unstructured remittance. Written with the JDK's StAX: the schema's few elements do not need a binding library
 * (docs/architecture.md). Accounts are Norwegian BBAN (11 digits, scheme BBAN); organisation numbers are given with
 * Enhetsregisteret as issuer. Text is limited to ISO 8859-1, as the banks ask: a Sami letter outside it loses its
 * diacritic (Porsáŋgu becomes Porsángu).
 */
final class Pain001 {

    static final String NAVNEROM = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03";
    private static final DateTimeFormatter TIDSPUNKT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    /** Who pays, from configuration: the agency's name and organisation number, its account, the bank's customer id. */
    record Debitor(String navn, String organisasjonsnummer, String kontonummer, String kundeId, String bic) {
    }

    /** One transfer: amount in whole kroner, to a kommune, with the text the kommune sees on its statement. */
    record Betaling(String endeTilEndeId, long belop, String kreditorNavn, String kreditorOrganisasjonsnummer, String kreditorKonto,
            String melding) {
    }

    private Pain001() {
    }

    static byte[] skriv(String meldingsid, Instant opprettet, LocalDate betalingsdato, Debitor debitor, List<Betaling> betalinger) {
        long sum = betalinger.stream().mapToLong(Betaling::belop).sum();
        return Xmldokument.skriv(NAVNEROM, "Document", Map.of(), x -> {
            x.writeStartElement("CstmrCdtTrfInitn");

            x.writeStartElement("GrpHdr");
            tekst(x, "MsgId", meldingsid);
            tekst(x, "CreDtTm", TIDSPUNKT.format(opprettet.truncatedTo(ChronoUnit.SECONDS).atZone(Tidsformat.NORGE)));
            tekst(x, "NbOfTxs", Integer.toString(betalinger.size()));
            tekst(x, "CtrlSum", kroner(sum));
            x.writeStartElement("InitgPty");
            tekst(x, "Nm", latin1(debitor.navn(), 70));
            organisasjon(x, debitor.kundeId(), "CUST", null);
            x.writeEndElement();
            x.writeEndElement();

            x.writeStartElement("PmtInf");
            tekst(x, "PmtInfId", meldingsid + "-1");
            tekst(x, "PmtMtd", "TRF");
            tekst(x, "NbOfTxs", Integer.toString(betalinger.size()));
            tekst(x, "CtrlSum", kroner(sum));
            tekst(x, "ReqdExctnDt", betalingsdato.toString());
            x.writeStartElement("Dbtr");
            tekst(x, "Nm", latin1(debitor.navn(), 70));
            organisasjon(x, debitor.organisasjonsnummer(), null, "Enhetsregisteret");
            x.writeEndElement();
            konto(x, "DbtrAcct", debitor.kontonummer());
            x.writeStartElement("DbtrAgt");
            x.writeStartElement("FinInstnId");
            if (debitor.bic() != null) {
                tekst(x, "BIC", debitor.bic());
            } else {
                x.writeStartElement("Othr");
                tekst(x, "Id", "NOTPROVIDED");
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndElement();
            for (Betaling b : betalinger) {
                x.writeStartElement("CdtTrfTxInf");
                x.writeStartElement("PmtId");
                tekst(x, "EndToEndId", b.endeTilEndeId());
                x.writeEndElement();
                x.writeStartElement("Amt");
                x.writeStartElement("InstdAmt");
                x.writeAttribute("Ccy", "NOK");
                x.writeCharacters(kroner(b.belop()));
                x.writeEndElement();
                x.writeEndElement();
                x.writeStartElement("Cdtr");
                tekst(x, "Nm", latin1(b.kreditorNavn(), 70));
                organisasjon(x, b.kreditorOrganisasjonsnummer(), null, "Enhetsregisteret");
                x.writeEndElement();
                konto(x, "CdtrAcct", b.kreditorKonto());
                x.writeStartElement("RmtInf");
                tekst(x, "Ustrd", latin1(b.melding(), 140));
                x.writeEndElement();
                x.writeEndElement();
            }
            x.writeEndElement();

            x.writeEndElement();
        }, "Betalingsfilen");
    }

    private static void organisasjon(XMLStreamWriter x, String id, String skjema, String utsteder) throws XMLStreamException {
        x.writeStartElement("Id");
        x.writeStartElement("OrgId");
        x.writeStartElement("Othr");
        tekst(x, "Id", id);
        if (skjema != null) {
            x.writeStartElement("SchmeNm");
            tekst(x, "Cd", skjema);
            x.writeEndElement();
        }
        if (utsteder != null) {
            tekst(x, "Issr", utsteder);
        }
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
    }

    private static void konto(XMLStreamWriter x, String element, String bban) throws XMLStreamException {
        x.writeStartElement(element);
        x.writeStartElement("Id");
        x.writeStartElement("Othr");
        tekst(x, "Id", bban);
        x.writeStartElement("SchmeNm");
        tekst(x, "Cd", "BBAN");
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
        if ("DbtrAcct".equals(element)) {
            tekst(x, "Ccy", "NOK");
        }
        x.writeEndElement();
    }

    /** Whole kroner as the schema's decimal amount with two decimals: 900000.00. */
    static String kroner(long belop) {
        return BigDecimal.valueOf(belop).setScale(2).toPlainString();
    }

    /** The text in ISO 8859-1 and at most {@code maks} characters: a letter outside it keeps its base letter. */
    static String latin1(String tekst, int maks) {
        StringBuilder ut = new StringBuilder(tekst.length());
        for (char c : tekst.strip().toCharArray()) {
            if (c <= 0xFF) {
                ut.append(c);
            } else {
                String grunn = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                ut.append(grunn.length() == 1 && grunn.charAt(0) <= 0xFF ? grunn : c == 'ŋ' ? "n" : c == 'Ŋ' ? "N" : c == 'đ' ? "d"
                        : c == 'Đ' ? "D" : c == 'ŧ' ? "t" : c == 'Ŧ' ? "T" : "?");
            }
        }
        return ut.length() > maks ? ut.substring(0, maks) : ut.toString();
    }
}
