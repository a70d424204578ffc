package io.bwjtapi.xsi.internal.netty;

import io.bwjtapi.xsi.internal.xml.UnknownTypes;
import io.bwjtapi.xsi.internal.xml.XsiDocument;
import io.bwjtapi.xsi.internal.xml.XsiDocumentDecoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Event-stream documents and an embedded framer+decoder pipeline for stream tests. */
final class XsiStreamFixtures {
    static final String DECL = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
    static final String HEARTBEAT = DECL + "<ChannelHeartBeat xmlns=\"http://schema.broadsoft.com/xsi\"/>";
    static final String CHANNEL = DECL + "\n<Channel xmlns=\"http://schema.broadsoft.com/xsi\"><channelId>ch-1</channelId>"
            + "<expires>86400</expires></Channel>";

    private XsiStreamFixtures() {
    }

    /** A call event with markup that tempts naive framers: '>' and '/>' in attribute values, comments, CDATA. */
    static String event(int seq, String type) {
        return DECL + "\n<xsi:Event xmlns:xsi=\"http://schema.broadsoft.com/xsi\" "
                + "xmlns:xsi1=\"http://www.w3.org/2001/XMLSchema-instance\" xsi1:type=\"xsi:SubscriptionEvent\">"
                + "<!-- a comment with </xsi:Event> and <tags/> inside -->"
                + "<xsi:eventID>ev-" + seq + "</xsi:eventID><xsi:sequenceNumber>" + seq + "</xsi:sequenceNumber>"
                + "<xsi:userId>admin@example.com</xsi:userId><xsi:externalApplicationId>app</xsi:externalApplicationId>"
                + "<xsi:subscriptionId>sub-1</xsi:subscriptionId><xsi:channelId>ch-1</xsi:channelId>"
                + "<xsi:eventData xsi1:type='xsi:" + type + "'><xsi:call><xsi:callId>callhalf-" + seq + ":0</xsi:callId>"
                + "<xsi:extTrackingId>" + seq + ":1</xsi:extTrackingId><xsi:personality>Terminator</xsi:personality>"
                + "<xsi:state>Alerting</xsi:state><xsi:remoteParty><xsi:name><![CDATA[Bob <the> \"/>\" ]]]></xsi:name>"
                + "<xsi:address countryCode=\"1\">tel:+1500/>600</xsi:address></xsi:remoteParty>"
                + "<xsi:endpoint xsi1:type=\"xsi:AccessEndpoint\"><xsi:addressOfRecord>dev@x</xsi:addressOfRecord>"
                + "</xsi:endpoint><xsi:hint note=\"a > b />\" other='\"/>'/><xsi:allowAnswer/><xsi:startTime>" + (1000 + seq) + "</xsi:startTime></xsi:call>"
                + "</xsi:eventData></xsi:Event>";
    }

    /** A stream of documents as an XSP sends it, with varying white space between them. */
    static List<String> documents(int events) {
        List<String> docs = new ArrayList<>();
        docs.add(CHANNEL);
        for (int i = 1; i <= events; i++) {
            docs.add(event(i, i % 3 == 0 ? "CallAnsweredEvent" : "CallReceivedEvent"));
            if (i % 2 == 0) {
                docs.add(HEARTBEAT);
            }
        }
        return docs;
    }

    static byte[] concatenate(List<String> docs) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < docs.size(); i++) {
            s.append(docs.get(i)).append(i % 2 == 0 ? "" : "\r\n");
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    static EmbeddedChannel pipeline(int maxDocumentSize) {
        return new EmbeddedChannel(new XmlDocumentFramer(maxDocumentSize),
                new XsiDocumentDecoderHandler(new XsiDocumentDecoder(maxDocumentSize, new UnknownTypes(t -> { }))));
    }

    /** Writes the bytes in chunks ending at the given cut offsets, returns everything that came out. */
    static List<Object> feed(EmbeddedChannel channel, byte[] bytes, int... cuts) {
        int from = 0;
        for (int cut : cuts) {
            if (cut > from && cut < bytes.length) {
                channel.writeInbound(Unpooled.copiedBuffer(bytes, from, cut - from));
                from = cut;
            }
        }
        channel.writeInbound(Unpooled.copiedBuffer(bytes, from, bytes.length - from));
        List<Object> out = new ArrayList<>();
        for (Object o = channel.readInbound(); o != null; o = channel.readInbound()) {
            out.add(comparable(o));
            if (o instanceof ByteBuf) {
                ((ByteBuf) o).release();
            }
        }
        return out;
    }

    /** A form with value equality: events compare by value, other documents by their description. */
    static Object comparable(Object o) {
        if (o instanceof XsiDocument) {
            XsiDocument d = (XsiDocument) o;
            return d.kind() == XsiDocument.Kind.EVENT ? d.event() : d.toString();
        }
        return o.toString();
    }
}
