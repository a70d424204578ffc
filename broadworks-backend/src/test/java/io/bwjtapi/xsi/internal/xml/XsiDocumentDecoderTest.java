package io.bwjtapi.xsi.internal.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.xsi.XsiDecodeException;
import io.bwjtapi.xsi.event.CallEvent;
import io.bwjtapi.xsi.event.ChannelErrorEvent;
import io.bwjtapi.xsi.event.ConferenceEvent;
import io.bwjtapi.xsi.event.EventDataType;
import io.bwjtapi.xsi.event.HookStatusEvent;
import io.bwjtapi.xsi.event.SubscriptionEvent;
import io.bwjtapi.xsi.event.UnknownEventData;
import io.bwjtapi.xsi.event.UnknownXsiEvent;
import io.bwjtapi.xsi.model.ConferenceParticipant;
import io.bwjtapi.xsi.model.ConferenceState;
import io.bwjtapi.xsi.model.EndpointType;
import io.bwjtapi.xsi.model.HookStatus;
import io.bwjtapi.xsi.model.InternalReleaseCause;
import io.bwjtapi.xsi.model.RedirectReason;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class XsiDocumentDecoderTest {
    private final List<String> firstSightings = new ArrayList<>();
    private final XsiDocumentDecoder decoder = new XsiDocumentDecoder(64 * 1024, new UnknownTypes(firstSightings::add));

    private XsiDocument decode(String xml) {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        return decoder.decode(bytes, 0, bytes.length);
    }

    private static String event(String dataType, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<xsi:Event xmlns:xsi=\"http://schema.broadsoft.com/xsi\""
                + " xmlns:xsi1=\"http://www.w3.org/2001/XMLSchema-instance\" xsi1:type=\"xsi:SubscriptionEvent\">"
                + "<xsi:eventID>e-1</xsi:eventID><xsi:sequenceNumber>3</xsi:sequenceNumber><xsi:userId>admin</xsi:userId>"
                + "<xsi:externalApplicationId>app</xsi:externalApplicationId><xsi:subscriptionId>s-1</xsi:subscriptionId>"
                + "<xsi:channelId>c-1</xsi:channelId>"
                + "<xsi:eventData xsi1:type=\"xsi:" + dataType + "\">" + body + "</xsi:eventData></xsi:Event>";
    }

    private static final String CALL = "<xsi:call><xsi:callId>callhalf-1:0</xsi:callId><xsi:extTrackingId>9:1</xsi:extTrackingId>"
            + "<xsi:personality>Originator</xsi:personality><xsi:state>Active</xsi:state>"
            + "<xsi:remoteParty><xsi:address>tel:1</xsi:address></xsi:remoteParty><xsi:startTime>1</xsi:startTime></xsi:call>";

    @ParameterizedTest
    @EnumSource(value = EventDataType.class, mode = EnumSource.Mode.MATCH_ALL, names = "CALL_.*|PLAY_.*")
    void everyCallShapedTypeDecodesThroughTheRegistry(EventDataType type) {
        if (type.shape() != EventDataType.Shape.CALL) {
            return;
        }
        SubscriptionEvent e = (SubscriptionEvent) decode(event(type.wireName(), CALL)).event();
        CallEvent data = assertInstanceOf(CallEvent.class, e.data());
        assertEquals(type, data.type());
        assertEquals("callhalf-1:0", data.call().callId());
    }

    @ParameterizedTest
    @EnumSource(value = EventDataType.class, mode = EnumSource.Mode.MATCH_ALL, names = "CONFERENCE_.*")
    void everyConferenceTypeDecodesWithItsParticipants(EventDataType type) {
        String body = "<xsi:conference><xsi:state>Active</xsi:state><xsi:conferenceParticipantList>"
                + "<xsi:conferenceParticipant><xsi:callId>a</xsi:callId><xsi:muted/></xsi:conferenceParticipant>"
                + "<xsi:conferenceParticipant><xsi:callId>b</xsi:callId></xsi:conferenceParticipant>"
                + "</xsi:conferenceParticipantList></xsi:conference>";
        ConferenceEvent data = (ConferenceEvent) ((SubscriptionEvent) decode(event(type.wireName(), body)).event()).data();
        assertEquals(type, data.type());
        assertEquals(ConferenceState.ACTIVE, data.conference().state().orElseThrow());
        assertEquals(List.of(new ConferenceParticipant("a", true, false), new ConferenceParticipant("b", false, false)),
                data.conference().participants());
    }

    @Test
    void prefixesAreResolvedThroughNamespacesNotByName() {
        String xml = "<ns7:Event xmlns:ns7=\"http://schema.broadsoft.com/xsi\" xmlns:i=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " i:type=\"ns7:SubscriptionEvent\"><ns7:eventID>e</ns7:eventID><ns7:sequenceNumber>1</ns7:sequenceNumber>"
                + "<ns7:userId>u</ns7:userId><ns7:externalApplicationId>a</ns7:externalApplicationId>"
                + "<ns7:subscriptionId>s</ns7:subscriptionId><ns7:channelId>c</ns7:channelId>"
                + "<ns7:eventData xmlns:b=\"http://schema.broadsoft.com/xsi\" i:type=\"b:HookStatusEvent\">"
                + "<ns7:hookStatus>Off-Hook</ns7:hookStatus></ns7:eventData></ns7:Event>";
        SubscriptionEvent e = (SubscriptionEvent) decode(xml).event();
        assertEquals(new HookStatusEvent(HookStatus.OFF_HOOK), e.data());
    }

    @Test
    void aTypeNameInAForeignNamespaceIsUnknownEvenWithAFamiliarLocalName() {
        String xml = event("X", "").replace("xsi1:type=\"xsi:X\"",
                "xmlns:other=\"urn:other\" xsi1:type=\"other:CallReceivedEvent\"");
        SubscriptionEvent e = (SubscriptionEvent) decode(xml).event();
        assertEquals(new UnknownEventData("{urn:other}CallReceivedEvent"), e.data());
    }

    @Test
    void unknownEventDataKeepsTheEnvelopeAndIsReportedOncePerType() {
        String xml = event("CallTeleportedEvent", "<xsi:call><xsi:nested><xsi:deep/></xsi:nested></xsi:call>");
        SubscriptionEvent first = (SubscriptionEvent) decode(xml).event();
        decode(xml);
        decode(event("AnotherNewEvent", ""));
        assertEquals(new UnknownEventData("CallTeleportedEvent"), first.data());
        assertEquals("e-1", first.eventId());
        assertEquals(List.of("CallTeleportedEvent", "AnotherNewEvent"), firstSightings);
    }

    @Test
    void unknownRootEventType() {
        String xml = "<Event xmlns=\"http://schema.broadsoft.com/xsi\" xmlns:x=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " x:type=\"ChannelTeleportedEvent\"><channelId>c</channelId></Event>";
        assertEquals(new UnknownXsiEvent("ChannelTeleportedEvent"), decode(xml).event());
    }

    @Test
    void errorEventFromTheXsp() {
        String xml = "<xsi:Event xmlns:xsi=\"http://schema.broadsoft.com/xsi\" xmlns:xsi1=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xsi1:type=\"xsi:ErrorEvent\"><xsi:errorCode>110</xsi:errorCode><xsi:errorMessage>bad</xsi:errorMessage></xsi:Event>";
        assertEquals(new ChannelErrorEvent(110, "bad"), decode(xml).event());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ChannelHeartBeat", "ChannelHeartbeat", "channelheartbeat"})
    void heartbeatMatchesAnyLetterCase(String root) {
        XsiDocument d = decode("<?xml version=\"1.0\" encoding=\"UTF-8\"?><" + root
                + " xmlns=\"http://schema.broadsoft.com/xsi\"/>");
        assertEquals(XsiDocument.Kind.HEARTBEAT, d.kind());
    }

    @Test
    void channelDocumentCarriesIdAndGrantedExpiry() {
        XsiDocument d = decode("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Channel xmlns=\"http://schema.broadsoft.com/xsi\">"
                + "<channelId>64eddc79</channelId><expires>86400</expires></Channel>");
        assertEquals(XsiDocument.Kind.CHANNEL, d.kind());
        assertEquals("64eddc79", d.channelId());
        assertEquals(86400, d.expires());
    }

    @Test
    void callDetailsBeyondTheSamplesDecode() {
        String call = "<xsi:call><xsi:callId>c</xsi:callId><xsi:extTrackingId>0f2c-uuid</xsi:extTrackingId>"
                + "<xsi:networkCallId>sip-1@host</xsi:networkCallId><xsi:personality>Click-to-Dial</xsi:personality>"
                + "<xsi:state>Released</xsi:state><xsi:releaseCause><xsi:internalReleaseCause>Busy</xsi:internalReleaseCause>"
                + "<xsi:q850Cause>17</xsi:q850Cause><xsi:sipStatus>486</xsi:sipStatus></xsi:releaseCause>"
                + "<xsi:remoteParty><xsi:name>A &amp; B</xsi:name><xsi:privacy/></xsi:remoteParty>"
                + "<xsi:redirections><xsi:redirection><xsi:reason>deflection</xsi:reason><xsi:counter>2</xsi:counter>"
                + "</xsi:redirection></xsi:redirections>"
                + "<xsi:endpoint xsi1:type=\"xsi:BroadWorksMobilityEndpoint\"><xsi:address>tel:+1555</xsi:address></xsi:endpoint>"
                + "<xsi:allowAnswer/><xsi:diversionInhibited/><xsi:recallType>Call Park Recall</xsi:recallType>"
                + "<xsi:startTime>5</xsi:startTime><xsi:totalHeldTime>700</xsi:totalHeldTime><xsi:releaseTime>9</xsi:releaseTime>"
                + "<xsi:futureElement><xsi:x>ignored</xsi:x></xsi:futureElement></xsi:call>";
        CallEvent e = (CallEvent) ((SubscriptionEvent) decode(event("CallReleasingEvent", call)).event()).data();
        var c = e.call();
        assertEquals(InternalReleaseCause.BUSY, c.releaseCause().orElseThrow().internalReleaseCause());
        assertEquals("486", c.releaseCause().orElseThrow().sipStatus().orElseThrow());
        assertEquals("A & B", c.remoteParty().name().orElseThrow());
        assertTrue(c.remoteParty().privacy());
        assertEquals(RedirectReason.DEFLECTION, c.redirections().get(0).reason().orElseThrow());
        assertEquals(EndpointType.BROADWORKS_MOBILITY, c.endpoint().orElseThrow().type());
        assertEquals("tel:+1555", c.endpoint().orElseThrow().address().orElseThrow().uri());
        assertTrue(c.allowAnswer());
        assertFalse(c.allowRetrieve());
        assertTrue(c.diversionInhibited());
        assertEquals(700, c.totalHeldTime().getAsLong());
        assertEquals(9, c.releaseTime().getAsLong());
    }

    @Test
    void aDocumentWithADtdIsRejectedBeforeAnyEntityIsExpanded() {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
                + "<ChannelHeartBeat xmlns=\"http://schema.broadsoft.com/xsi\">&lol3;</ChannelHeartBeat>";
        XsiDecodeException e = assertThrows(XsiDecodeException.class, () -> decode(laughs));
        assertTrue(e.getMessage().contains("DTD"), e.getMessage());
    }

    @Test
    void anExternalEntityIsNeverResolved() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<Channel xmlns=\"http://schema.broadsoft.com/xsi\"><channelId>&xxe;</channelId></Channel>";
        assertThrows(XsiDecodeException.class, () -> decode(xxe));
    }

    @Test
    void anUndeclaredEntityIsAnError() {
        assertThrows(XsiDecodeException.class, () -> decode(
                "<Channel xmlns=\"http://schema.broadsoft.com/xsi\"><channelId>&undeclared;</channelId></Channel>"));
    }

    @Test
    void malformedXmlFailsWithTheEventIdWhenTheEnvelopeWasRead() {
        String broken = event("CallReceivedEvent", "<xsi:call><xsi:callId>x</xsi:callId></xsi:call>");
        XsiDecodeException e = assertThrows(XsiDecodeException.class, () -> decode(broken));
        assertEquals("e-1", e.eventId().orElseThrow());
        XsiDecodeException truncated = assertThrows(XsiDecodeException.class,
                () -> decode(broken.substring(0, broken.length() - 20)));
        assertEquals("e-1", truncated.eventId().orElseThrow());
    }

    @Test
    void aDocumentLargerThanTheLimitIsRejected() {
        String huge = "<Channel xmlns=\"http://schema.broadsoft.com/xsi\"><channelId>" + "x".repeat(70_000)
                + "</channelId></Channel>";
        assertThrows(XsiDecodeException.class, () -> decode(huge));
    }

    @Test
    void isoLatin1DeclaredDocumentsDecode() {
        byte[] bytes = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><Channel xmlns=\"http://schema.broadsoft.com/xsi\">"
                + "<channelId>caf\u00e9</channelId></Channel>").getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("caf\u00e9", decoder.decode(bytes, 0, bytes.length).channelId());
    }

    @Test
    void unexpectedRootIsRejected() {
        assertThrows(XsiDecodeException.class, () -> decode("<Something xmlns=\"http://schema.broadsoft.com/xsi\"/>"));
    }
}
