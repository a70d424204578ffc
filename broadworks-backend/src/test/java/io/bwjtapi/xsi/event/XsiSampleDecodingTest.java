package io.bwjtapi.xsi.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.testsupport.SharedReference;
import io.bwjtapi.xsi.model.AgentState;
import io.bwjtapi.xsi.model.AgentStateInfo;
import io.bwjtapi.xsi.model.Call;
import io.bwjtapi.xsi.model.CallState;
import io.bwjtapi.xsi.model.CallType;
import io.bwjtapi.xsi.model.ChannelTerminatedReason;
import io.bwjtapi.xsi.model.Endpoint;
import io.bwjtapi.xsi.model.HookStatus;
import io.bwjtapi.xsi.model.PartyInfo;
import io.bwjtapi.xsi.model.Personality;
import io.bwjtapi.xsi.model.Redirect;
import io.bwjtapi.xsi.model.RedirectReason;
import io.bwjtapi.xsi.model.ReleasingParty;
import io.bwjtapi.xsi.model.XsiAddress;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every event sample of the reference pack decodes to exactly the record it describes. */
class XsiSampleDecodingTest {
    private static final String ADMIN = "adminCTI@broadsoft.com@broadsoft.com";

    private static XsiEvent sample(String name) throws IOException {
        return XsiEvents.decode(Files.readAllBytes(SharedReference.require("xsi-samples/" + name)));
    }

    private static PartyInfo subscriber(int n) {
        return new PartyInfo("subscriberS" + n + "FirstName subscriberS" + n + "LastName", XsiAddress.of("tel:101" + n),
                "subscriberS" + n + "@broadsoft.com", new XsiAddress("tel:+1500600101" + n + ";ext=101" + n, 1), false,
                CallType.GROUP);
    }

    private static SubscriptionEvent.Builder spec(String eventId, int seq, String subscription, String channel,
            String target) {
        return SubscriptionEvent.builder().eventId(eventId).sequenceNumber(seq).userId(ADMIN)
                .externalApplicationId("AppCtlId").subscriptionId(subscription).channelId(channel).targetId(target);
    }

    @Test
    void idleSnapshotFromARealXspHasNoTargetAndNoCalls() throws IOException {
        SubscriptionEvent expected = SubscriptionEvent.builder().eventId("957d0482-6cdd-4189-b477-19c6793f113a")
                .sequenceNumber(1).userId("username@qsc.de")
                .externalApplicationId("KIWI-XSIEvents responsetime checker 1.0.3")
                .subscriptionId("98ed3939-c113-419c-8012-092556b85c66")
                .channelId("64eddc79-b707-4827-aacd-487fb5cb8427")
                .data(new CallSubscriptionEvent(false, List.of(), null, HookStatus.ON_HOOK)).build();
        SubscriptionEvent actual = (SubscriptionEvent) sample("05-CallSubscriptionEvent-idle.xml");
        assertEquals(expected, actual);
        assertTrue(actual.targetId().isEmpty());
    }

    @Test
    void snapshotWithAnActiveCall() throws IOException {
        Call call = Call.builder("callhalf-2427:0", "4:1").personality(Personality.TERMINATOR).state(CallState.ACTIVE)
                .remoteParty(new PartyInfo("john3 south", XsiAddress.of("tel:603"), "south03@mtlasdev87.net",
                        new XsiAddress("tel:+15146987603;ext=603", 1), false, CallType.GROUP))
                .endpoint(Endpoint.access("5146987602@mtlasdev87.net")).appearance(1).startTime(1292254494886L)
                .answerTime(1292254496345L).build();
        SubscriptionEvent expected = SubscriptionEvent.builder().eventId("083d2b5a-6d83-4847-a63e-593980ab04d0")
                .sequenceNumber(1).userId("asouth@mtlasdev87.net@mtlasdev87.net")
                .externalApplicationId("com.broadsoft.remoteapp.routepoint.sg")
                .subscriptionId("2da63711-46c0-403a-a7c8-359d0fb9ffa6")
                .channelId("875652dd-a09f-4dc9-a5d5-53d480d30531").targetId("south02@mtlasdev87.net")
                .data(new CallSubscriptionEvent(false, List.of(call), null, HookStatus.OFF_HOOK)).build();
        assertEquals(expected, sample("06-CallSubscriptionEvent-active-call.xml"));
    }

    @Test
    void resyncSnapshotCarriesBothCallsAndIsFlaggedAsResync() throws IOException {
        PartyInfo remote500 = new PartyInfo(null, XsiAddress.of("tel:500"), null, null, false, CallType.GROUP);
        PartyInfo remote501 = new PartyInfo(null, XsiAddress.of("tel:501"), null, null, false, CallType.GROUP);
        Endpoint device = Endpoint.access("9726996502@txasdev96.rtx.broadsoft.com");
        Call held = Call.builder("callhalf-43:0", "2:1").personality(Personality.ORIGINATOR).state(CallState.HELD)
                .remoteParty(remote500).endpoint(device).appearance(1).startTime(1345220527460L)
                .answerTime(1345220528485L).heldTime(1345220530795L).build();
        Call active = Call.builder("callhalf-43:1", "3:1").personality(Personality.ORIGINATOR)
                .state(CallState.ACTIVE).remoteParty(remote501).endpoint(device).appearance(2)
                .startTime(1345220535175L).answerTime(1345220536085L).build();
        SubscriptionEvent event = (SubscriptionEvent) sample("07-CallSubscriptionResyncEvent.xml");
        CallSubscriptionEvent data = (CallSubscriptionEvent) event.data();
        assertEquals(EventDataType.CALL_SUBSCRIPTION_RESYNC, data.type());
        assertTrue(data.isResync());
        assertEquals(List.of(held, active), data.calls());
        assertEquals(HookStatus.OFF_HOOK, data.hookStatus());
        assertEquals("e9c3c03e-dece-4339-95b8-5cbd2d11d5d7", event.subscriptionId());
        assertEquals("My Application", event.externalApplicationId());
    }

    @Test
    void callReceived() throws IOException {
        Call call = Call.builder("callhalf-12215:0", "108:1").personality(Personality.TERMINATOR)
                .state(CallState.ALERTING).remoteParty(subscriber(1)).startTime(1271273072015L).build();
        SubscriptionEvent expected = spec("eaf8103b-1e6f-4f72-b254-8a719ff3ea90", 6,
                "7f09c36a-3ee1-44f9-93fc-fe54fbf16519", "4989a025-e801-4150-9bc1-8696c2e4d387",
                "subscriberS3@broadsoft.com").data(new CallEvent(EventDataType.CALL_RECEIVED, call)).build();
        assertEquals(expected, sample("08-CallReceivedEvent.xml"));
    }

    @Test
    void callAnswered() throws IOException {
        Call call = Call.builder("callhalf-12215:0", "108:1").personality(Personality.TERMINATOR)
                .state(CallState.ACTIVE).remoteParty(subscriber(1)).endpoint(Endpoint.access("5006001013@broadsoft.com"))
                .appearance(1).startTime(1271273072015L).answerTime(1271273073756L).build();
        SubscriptionEvent expected = spec("8414b50e-77a0-46ae-ad3d-0b2e4b7b0051", 7,
                "7f09c36a-3ee1-44f9-93fc-fe54fbf16519", "4989a025-e801-4150-9bc1-8696c2e4d387",
                "subscriberS3@broadsoft.com").data(new CallEvent(EventDataType.CALL_ANSWERED, call)).build();
        assertEquals(expected, sample("09-CallAnsweredEvent.xml"));
    }

    @Test
    void callHeldCanBeRetrieved() throws IOException {
        Call call = Call.builder("callhalf-11283:0", "18:1").personality(Personality.TERMINATOR)
                .state(CallState.HELD).remoteParty(subscriber(2)).endpoint(Endpoint.access("5006001011@broadsoft.com"))
                .appearance(1).allowRetrieve(true).startTime(1271265744119L).answerTime(1271265745924L)
                .heldTime(1271265909363L).build();
        SubscriptionEvent expected = spec("acfa58d1-a49a-4832-9fe4-60875fe996ba", 12,
                "f650bd48-4785-4369-9f2d-16ba3ae6c0a3", "681e0150-6bb5-4888-9758-3ffd056c0c1f",
                "subscriberS1@broadsoft.com").data(new CallEvent(EventDataType.CALL_HELD, call)).build();
        assertEquals(expected, sample("10-CallHeldEvent.xml"));
    }

    @Test
    void callReleasedRemotely() throws IOException {
        Call call = Call.builder("callhalf-11403:0", "26:1").personality(Personality.ORIGINATOR)
                .state(CallState.RELEASED).releasingParty(ReleasingParty.REMOTE_RELEASE).remoteParty(subscriber(1))
                .endpoint(Endpoint.access("5006001012@broadsoft.com")).startTime(1271267126217L)
                .answerTime(1271267126953L).releaseTime(1271269018907L).build();
        SubscriptionEvent expected = spec("79e9706f-676a-4ffd-b24b-dd1ab1f39c41", 2,
                "cfb45092-433c-49cf-852c-337ae8f2bcdc", "116f5d24-7756-4517-8276-c9a69a2cadbf",
                "subscriberS2@broadsoft.com").data(new CallEvent(EventDataType.CALL_RELEASED, call)).build();
        assertEquals(expected, sample("11-CallReleasedEvent.xml"));
    }

    @Test
    void callRedirectedCarriesAListOfCallsWithTheirRedirects() throws IOException {
        Endpoint device = Endpoint.access("5006001011@broadsoft.com");
        Call held = Call.builder("callhalf-63883:0", "536:1").personality(Personality.TERMINATOR)
                .state(CallState.HELD).remoteParty(subscriber(2))
                .redirect(new Redirect(XsiAddress.of("tel:1013"), RedirectReason.TRANSFER, 1271798576165L))
                .endpoint(device).appearance(1).allowRetrieve(true).startTime(1271798055993L)
                .answerTime(1271798058313L).heldTime(1271798113802L).build();
        Call detached = Call.builder("callhalf-63883:1", "536:1").personality(Personality.TERMINATOR)
                .state(CallState.DETACHED).remoteParty(subscriber(3))
                .redirect(new Redirect(XsiAddress.of("tel:1012"), RedirectReason.TRANSFER, 1271798576165L))
                .endpoint(device).startTime(1271798112635L).answerTime(1271798114251L)
                .detachedTime(1271798576166L).build();
        SubscriptionEvent expected = spec("2ac1819a-de17-486d-8b06-dd0422c7359f", 9,
                "b3240ceb-9a4e-4fef-9e30-848817930dd3", "f63b07e0-445f-4bca-8311-ab305cf5402e",
                "subscriberS1@broadsoft.com").data(new CallRedirectedEvent(List.of(held, detached))).build();
        assertEquals(expected, sample("12-CallRedirectedEvent.xml"));
    }

    @Test
    void subscriptionTerminated() throws IOException {
        SubscriptionEvent expected = SubscriptionEvent.builder().eventId("a9d5e4b7-2b14-4139-ba60-bb807dbd2448")
                .sequenceNumber(2).userId("asouth@mtlasdev87.net@mtlasdev87.net").externalApplicationId("apId1")
                .subscriptionId("f39acc1f-1349-4293-a940-018dcd1b17dc")
                .channelId("726bfd81-799c-473a-9e32-ed7063ef0b2f").targetId("south03@mtlasdev87.net")
                .data(SubscriptionTerminatedEvent.INSTANCE).build();
        assertEquals(expected, sample("13-SubscriptionTerminatedEvent.xml"));
    }

    @Test
    void channelTerminatedIsAChannelLevelEventWithoutEnvelope() throws IOException {
        assertEquals(new ChannelTerminatedEvent("726bfd81-799c-473a-9e32-ed7063ef0b2f",
                ChannelTerminatedReason.EXPLICIT_DELETE), sample("14-ChannelTerminatedEvent.xml"));
    }

    @Test
    void agentStateDeliveredByHttpContact() throws IOException {
        AgentStateInfo info = new AgentStateInfo(AgentState.UNAVAILABLE, 1505395898803L, "1007", null,
                1505395341023L, 277L, 0L);
        SubscriptionEvent expected = SubscriptionEvent.builder().eventId("01c3bb60-cc07-4043-9c9d-9981ac480e3a")
                .sequenceNumber(27).userId("userId").externalApplicationId("CallCenterAgent")
                .subscriptionId("subscriptionId").httpContactUri("uri").targetId("targetId")
                .data(new AgentStateEvent(info)).build();
        XsiEvent actual = sample("15-AgentStateEvent.xml");
        assertEquals(expected, actual);
        assertInstanceOf(SubscriptionEvent.class, actual);
        assertTrue(((SubscriptionEvent) actual).channelId().isEmpty());
    }
}
