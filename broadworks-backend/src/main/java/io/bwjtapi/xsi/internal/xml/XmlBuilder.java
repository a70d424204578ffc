package io.bwjtapi.xsi.internal.xml;

/** Writes a small Xsi request document: UTF-8 declaration, root in the Xsi namespace, escaped text. */
final class XmlBuilder {
    private final StringBuilder xml = new StringBuilder(256);

    XmlBuilder(String root) {
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").append('<').append(root)
                .append(" xmlns=\"").append(XmlCursor.XSI_NS).append("\">");
    }

    XmlBuilder start(String name) {
        xml.append('<').append(name).append('>');
        return this;
    }

    XmlBuilder end(String name) {
        xml.append("</").append(name).append('>');
        return this;
    }

    XmlBuilder element(String name, Object text) {
        start(name);
        escape(String.valueOf(text));
        return end(name);
    }

    XmlBuilder optional(String name, Object textOrNull) {
        return textOrNull == null ? this : element(name, textOrNull);
    }

    String finish(String root) {
        return end(root).xml.toString();
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<': xml.append("&lt;"); break;
                case '>': xml.append("&gt;"); break;
                case '&': xml.append("&amp;"); break;
                case '"': xml.append("&quot;"); break;
                case '\'': xml.append("&apos;"); break;
                default:
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        throw new IllegalArgumentException("control character U+" + Integer.toHexString(c)
                                + " cannot be sent in XML");
                    }
                    xml.append(c);
            }
        }
    }
}
