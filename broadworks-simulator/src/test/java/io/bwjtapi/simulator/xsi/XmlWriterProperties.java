package io.bwjtapi.simulator.xsi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class XmlWriterProperties {

    /** What XML 1.0 can carry (production Char), computed independently of the writer. */
    private static String xmlChars(String s) {
        StringBuilder kept = new StringBuilder();
        s.codePoints().filter(cp -> cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF)).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static Element parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
    }

    @Property(tries = 300)
    void anyTextAndAttributeValueSurvivesAParser(@ForAll String text, @ForAll String attribute) throws Exception {
        String xml = XmlWriter.documentStyle().declaration(false).openRoot("ErrorInfo")
                .leaf("summary", "code", attribute, text).closeRoot("ErrorInfo").toString();

        Element summary = (Element) parse(xml).getFirstChild();

        assertEquals(xmlChars(text), summary.getTextContent());
        assertEquals(xmlChars(attribute), summary.getAttribute("code"));
    }

    @Property(tries = 100)
    void eventStyleElementsAreInTheBroadSoftNamespace(@ForAll String value) throws Exception {
        String xml = XmlWriter.eventStyle().declaration(false).openEvent("SubscriptionEvent").leaf("eventID", value)
                .close("Event").toString();

        Element root = parse(xml);

        assertEquals(XmlWriter.XSI_NS, root.getNamespaceURI());
        assertEquals(XmlWriter.XSI_NS, root.getFirstChild().getNamespaceURI());
        assertEquals(xmlChars(value), root.getFirstChild().getTextContent());
    }
}
