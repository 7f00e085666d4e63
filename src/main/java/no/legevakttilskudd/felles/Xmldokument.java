package no.legevakttilskudd.felles;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An XML document in one default namespace, written with the JDK's StAX: for the files whose schemas are small enough
 * that a binding library would be the larger part (the payment file, the archive structure; docs/architecture.md).
 */
public final class Xmldokument {

    /** What goes inside the root element. */
    @FunctionalInterface
    public interface Innhold {
        void skriv(XMLStreamWriter x) throws XMLStreamException;
    }

    private Xmldokument() {
    }

    /**
     * @param prefikser other namespaces the document uses, by prefix (xsi for xsi:type)
     * @param hva       what the document is, for the error if it cannot be written («Betalingsfilen»)
     */
    public static byte[] skriv(String navnerom, String rot, Map<String, String> prefikser, Innhold innhold, String hva) {
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(ut, StandardCharsets.UTF_8.name());
            x.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            x.setDefaultNamespace(navnerom);
            for (Map.Entry<String, String> p : prefikser.entrySet()) {
                x.setPrefix(p.getKey(), p.getValue());
            }
            x.writeStartElement(navnerom, rot);
            x.writeDefaultNamespace(navnerom);
            for (Map.Entry<String, String> p : prefikser.entrySet()) {
                x.writeNamespace(p.getKey(), p.getValue());
            }
            innhold.skriv(x);
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(hva + " kunne ikke skrives", e);
        }
        return ut.toByteArray();
    }

    /** An element with only text in it. */
    public static void tekst(XMLStreamWriter x, String element, String verdi) throws XMLStreamException {
        x.writeStartElement(element);
        x.writeCharacters(verdi);
        x.writeEndElement();
    }
}
