package io.bwjtapi.simulator.xsi;

/**
 * A small append-only XML writer for Xsi documents in either of the two forms BroadWorks uses: event
 * documents, where {@code xsi:} is bound to the BroadSoft namespace and {@code xsi1:} to XMLSchema-instance
 * (so type discriminators read {@code xsi1:type="xsi:CallReceivedEvent"}), and plain documents with the
 * BroadSoft namespace as the default namespace. Text is escaped; characters XML 1.0 forbids are dropped.
 */
public final class XmlWriter {
    /** The namespace of every Xsi element. */
    public static final String XSI_NS = "http://schema.broadsoft.com/xsi";
    /** The XML Schema instance namespace, which carries the type discriminator attribute. */
    public static final String SCHEMA_INSTANCE_NS = "http://www.w3.org/2001/XMLSchema-instance";
    /** The declaration every document starts with. */
    public static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    private final StringBuilder out = new StringBuilder(512);
    private final String prefix;
    private final String typeAttribute;
    private final String typePrefix;

    private XmlWriter(String prefix, String typeAttribute, String typePrefix) {
        this.prefix = prefix;
        this.typeAttribute = typeAttribute;
        this.typePrefix = typePrefix;
    }

    /** A writer for event content: elements {@code xsi:name}, types {@code xsi1:type="xsi:T"}. */
    public static XmlWriter eventStyle() {
        return new XmlWriter("xsi:", "xsi1:type", "xsi:");
    }

    /** A writer for plain documents: unprefixed elements, types {@code xsi:type="T"}. */
    public static XmlWriter documentStyle() {
        return new XmlWriter("", "xsi:type", "");
    }

    /** Writes the XML declaration, optionally followed by a newline (the channel's first chunk has one). */
    public XmlWriter declaration(boolean newline) {
        out.append(DECLARATION);
        if (newline) {
            out.append('\n');
        }
        return this;
    }

    /** Opens a plain document's root element, declaring the default namespace. */
    public XmlWriter openRoot(String name) {
        out.append('<').append(name).append(" xmlns=\"").append(XSI_NS).append("\">");
        return this;
    }

    /** Opens a plain document's root element that contains typed elements (for example an endpoint). */
    public XmlWriter openRootWithTypes(String name) {
        out.append('<').append(name).append(" xmlns=\"").append(XSI_NS).append("\" xmlns:xsi=\"")
                .append(SCHEMA_INSTANCE_NS).append("\">");
        return this;
    }

    /** Writes an empty plain root element, e.g. {@code <ChannelHeartBeat xmlns="..."/>}. */
    public XmlWriter emptyRoot(String name) {
        out.append('<').append(name).append(" xmlns=\"").append(XSI_NS).append("\"/>");
        return this;
    }

    /** Opens the {@code xsi:Event} envelope with both namespace bindings and the event's type. */
    public XmlWriter openEvent(String type) {
        out.append("<xsi:Event xmlns:xsi=\"").append(XSI_NS).append("\" xmlns:xsi1=\"").append(SCHEMA_INSTANCE_NS)
                .append("\" xsi1:type=\"xsi:").append(type).append("\">");
        return this;
    }

    public XmlWriter open(String name) {
        out.append('<').append(prefix).append(name).append('>');
        return this;
    }

    /** Opens an element whose schema type is abstract, naming the concrete type. */
    public XmlWriter openTyped(String name, String type) {
        out.append('<').append(prefix).append(name).append(' ').append(typeAttribute).append("=\"")
                .append(typePrefix).append(type).append("\">");
        return this;
    }

    /** Writes an empty element of a concrete type, e.g. an {@code eventData} without content. */
    public XmlWriter emptyTyped(String name, String type) {
        out.append('<').append(prefix).append(name).append(' ').append(typeAttribute).append("=\"")
                .append(typePrefix).append(type).append("\"/>");
        return this;
    }

    public XmlWriter close(String name) {
        out.append("</").append(prefix).append(name).append('>');
        return this;
    }

    /** Closes a plain document's root element. */
    public XmlWriter closeRoot(String name) {
        out.append("</").append(name).append('>');
        return this;
    }

    /** Writes {@code <name>value</name>}; nothing when the value is {@code null}. */
    public XmlWriter leaf(String name, Object value) {
        if (value != null) {
            open(name);
            escape(String.valueOf(value), false);
            close(name);
        }
        return this;
    }

    /** Writes a leaf with one attribute; nothing when the value is {@code null}. */
    public XmlWriter leaf(String name, String attribute, String attributeValue, Object value) {
        if (value != null) {
            out.append('<').append(prefix).append(name).append(' ').append(attribute).append("=\"");
            escape(attributeValue, true);
            out.append("\">");
            escape(String.valueOf(value), false);
            close(name);
        }
        return this;
    }

    /** Writes an empty element such as {@code <allowAnswer/>}. */
    public XmlWriter empty(String name) {
        out.append('<').append(prefix).append(name).append("/>");
        return this;
    }

    /** Appends a fragment written earlier by a writer of the same style. */
    public XmlWriter raw(String fragment) {
        out.append(fragment);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /**
     * Escapes markup characters, keeps CR and (in attributes) tabs and newlines as character references so a
     * parser returns them unchanged, and drops what XML 1.0 cannot carry (control characters, U+FFFE/U+FFFF,
     * unpaired surrogates).
     */
    private void escape(String text, boolean attribute) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\r' -> out.append("&#13;");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (c >= 0x20 && !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF) {
                        out.append(c);
                    }
                }
            }
        }
    }
}
