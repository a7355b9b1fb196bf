package fr.portailpartenaires.adapters.web.billing;

import fr.portailpartenaires.application.billing.PaymentSlips.PaymentSlip;
import fr.portailpartenaires.domain.billing.PaymentLine;
import java.io.ByteArrayOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The payment slip as raw data (spec §5.2): XML valid against the published schema {@value #SCHEMA}, version
 * {@value #VERSION}, in namespace {@value #NAMESPACE}.
 */
public final class BordereauXml {

    public static final String VERSION = "1.1";
    public static final String NAMESPACE = "urn:fr:portailpartenaires:bordereau-paiement:" + VERSION;
    /** The schema's class-path resource (the same file as {@code docs/xsd/bordereau-paiement-1.1.xsd}). */
    public static final String SCHEMA = "/xsd/bordereau-paiement-" + VERSION + ".xsd";
    public static final String CONTENT_TYPE = "application/xml; charset=utf-8";

    private BordereauXml() {
    }

    public static byte[] render(PaymentSlip slip) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(NAMESPACE);
            xml.writeStartElement(NAMESPACE, "bordereauPaiement");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("version", VERSION);
            element(xml, "codeConvention", slip.codeConvention());
            element(xml, "regime", slip.regime());
            element(xml, "codeCaisse", slip.codeCaisse());
            element(xml, "caisse", slip.caisse());
            element(xml, "numeroFacture", slip.numeroFacture());
            element(xml, "datePaiement", slip.datePaiement().toString());
            element(xml, "referencePaiement", slip.reference());
            element(xml, "montant", SlipText.xmlDecimal(slip.montant()));
            element(xml, "nombreLignes", Integer.toString(slip.lignes().size()));
            xml.writeStartElement(NAMESPACE, "lignes");
            for (PaymentLine line : slip.lignes()) {
                xml.writeStartElement(NAMESPACE, "ligne");
                element(xml, "beneficiaire", line.retireeName());
                element(xml, "nir", line.nir().value());
                element(xml, "attestation", line.certificateReference());
                element(xml, "montant", SlipText.xmlDecimal(line.amount()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the XML payment slip", e);
        }
        return bytes.toByteArray();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
