package io.bwjtapi.xsi.internal.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.bwjtapi.testsupport.SharedReference;
import io.bwjtapi.testsupport.XsiSchemaValidator;
import io.bwjtapi.xsi.model.AgentState;
import io.bwjtapi.xsi.model.EventPackage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every request body the client sends is valid against the official schema and matches real traffic. */
class XsiRequestBodiesTest {

    /** Element structure without formatting white space, for comparing with pretty-printed samples. */
    private static String normalized(String xml) {
        return xml.replaceAll(">\\s+<", "><").replaceAll("<Subscription\\s+xmlns", "<Subscription xmlns").trim();
    }

    private static String sample(String name) throws IOException {
        return Files.readString(SharedReference.require("xsi-samples/" + name), StandardCharsets.UTF_8);
    }

    @Test
    void theChannelRequestIsTheOneARealClientSends() throws IOException {
        String body = XsiRequestBodies.channel("KIWI-040D0D020D06040A0902080E010B0A0C", 1, 50, 3600, null);
        XsiSchemaValidator.assertValid(body);
        assertEquals(normalized(sample("01-channel-add-request.xml")), normalized(body));
    }

    @Test
    void theSubscriptionRequestIsTheOneARealClientSends() throws IOException {
        String body = XsiRequestBodies.subscription(EventPackage.BASIC_CALL, 120, "KIWI-040D0D020D06040A0902080E010B0A0C",
                "KIWI-XSIEvents responsetime checker 1.0.3");
        XsiSchemaValidator.assertValid(body);
        assertEquals(normalized(sample("03-subscription-add-request.xml")), normalized(body));
    }

    @Test
    void everyOtherBodyIsSchemaValid() {
        XsiSchemaValidator.assertValid(XsiRequestBodies.channel("set & <1>", 2, 10, 7200, "app \"x\""));
        XsiSchemaValidator.assertValid(XsiRequestBodies.channelUpdate(7200));
        XsiSchemaValidator.assertValid(XsiRequestBodies.subscriptionUpdate(2_147_483_647L));
        for (EventPackage p : List.of(EventPackage.ADVANCED_CALL, EventPackage.STANDARD_CALL,
                EventPackage.CALL_CENTER_AGENT)) {
            XsiSchemaValidator.assertValid(XsiRequestBodies.subscription(p, 86400, "set", "app"));
        }
        for (int code : new int[] {200, 400, 404, 481, 500}) {
            XsiSchemaValidator.assertValid(XsiRequestBodies.eventResponse("957d0482-6cdd", code, "OK"));
        }
        XsiSchemaValidator.assertValid(XsiRequestBodies.conference(List.of("callhalf-1:0", "callhalf-2:0")));
        XsiSchemaValidator.assertValid(XsiRequestBodies.callCenterState(AgentState.UNAVAILABLE, "1007"));
        XsiSchemaValidator.assertValid(XsiRequestBodies.callCenterState(AgentState.AVAILABLE, null));
    }

    @Test
    void textIsEscapedAndControlCharactersAreRefused() {
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><EventResponse xmlns=\"http://schema.broadsoft.com/xsi\">"
                + "<eventID>a&lt;b&amp;c&gt;&quot;&apos;</eventID><statusCode>200</statusCode><reason>OK</reason>"
                + "</EventResponse>", XsiRequestBodies.eventResponse("a<b&c>\"'", 200, "OK"));
        assertThrows(IllegalArgumentException.class, () -> XsiRequestBodies.eventResponse("a\u0001", 200, "OK"));
    }
}
