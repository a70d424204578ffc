package io.bwjtapi.simulator.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.simulator.CallRef;
import io.bwjtapi.simulator.support.Monitor;
import io.bwjtapi.simulator.support.SimulatorIT;
import io.bwjtapi.simulator.support.XsiEvent;
import io.bwjtapi.simulator.support.XsiTestClient;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Xsi-Actions call control over HTTP, with the events it causes. */
class CallActionsIT extends SimulatorIT {
    private Monitor monitor;
    private XsiTestClient xsi;
    private String alice;
    private String bob;
    private String carol;

    @BeforeEach
    void subscribe() {
        alice = user(0);
        bob = user(1);
        carol = user(2);
        monitor = monitor("actions-set");
        for (String u : List.of(alice, bob, carol)) {
            monitor.subscribe(u, "Advanced Call");
        }
        xsi = admin();
    }

    private String calls(String userId) {
        return XsiTestClient.ACTIONS + "/user/" + userId + "/calls";
    }

    @Test
    void clickToDialAnswersWith201LocationAndCallStartInfo() {
        HttpResponse<String> response = xsi.post(calls(alice) + "/new?address=" + sim.user(bob).extension(), null);

        assertEquals(201, response.statusCode(), response.body());
        XsiEvent info = XsiEvent.parse(response.body());
        assertEquals("CallStartInfo", info.rootName());
        String callId = info.text("callId");
        assertNotNull(info.text("externalTrackingId"));
        assertEquals(XsiTestClient.ACTIONS + "/user/" + alice + "/calls/" + callId,
                response.headers().firstValue("Location").orElseThrow());
        List<XsiEvent> a = monitor.awaitTypes(alice, "CallOriginatingEvent", "HookStatusEvent", "CallOriginatedEvent");
        assertEquals("Click-to-Dial", a.get(0).call("personality"));
        assertEquals(callId, a.get(2).call("callId"));
        assertEquals(info.text("externalTrackingId"), a.get(2).call("extTrackingId"));
        monitor.await(bob, "CallReceivedEvent");
    }

    @Test
    void talkAnswersHoldHoldsTalkRetrievesAndDeleteReleases() {
        CallRef call = sim.dial(alice, bob);
        String bobCall = calls(bob) + "/" + call.callIdOf(bob);

        assertEquals(200, xsi.put(bobCall + "/Talk", null).statusCode());
        assertEquals(200, xsi.put(bobCall + "/Hold", null).statusCode());
        HttpResponse<String> held = xsi.get(bobCall);
        assertEquals("Held", XsiEvent.at(XsiEvent.parse(held.body()).eventDataOrRoot(), "state"));
        assertEquals(200, xsi.put(bobCall + "/Talk", null).statusCode());
        assertEquals(200, xsi.delete(bobCall).statusCode());

        monitor.awaitTypes(bob, "CallReceivedEvent", "HookStatusEvent", "CallAnsweredEvent", "CallHeldEvent",
                "CallRetrievedEvent", "CallReleasedEvent", "HookStatusEvent");
    }

    @Test
    void callListAndDetailDescribeTheCalls() {
        CallRef call = sim.dial(alice, bob);
        sim.answer(bob, call.callIdOf(bob));

        XsiEvent list = XsiEvent.parse(xsi.get(calls(alice)).body());
        assertEquals("Calls", list.rootName());
        assertEquals(call.callIdOf(alice), XsiEvent.at(list.eventDataOrRoot(), "call/callId"));
        XsiEvent detail = XsiEvent.parse(xsi.get(calls(alice) + "/" + call.callIdOf(alice)).body());
        assertEquals("Call", detail.rootName());
        assertEquals("Active", detail.text("state"));
        assertEquals(call.extTrackingId(), detail.text("extTrackingId"));
        assertEquals(sim.user(alice).deviceAddressOfRecord(), XsiEvent.at(detail.eventDataOrRoot(),
                "endpoint/addressOfRecord"));
        XsiEvent hook = XsiEvent.parse(xsi.get(calls(alice) + "/HookStatus").body());
        assertEquals("Off-Hook", hook.text("hookStatus"));
    }

    @Test
    void declineWithBusyRejectsTheAlertingCall() {
        CallRef call = sim.dial(alice, bob);

        assertEquals(200, xsi.delete(calls(bob) + "/" + call.callIdOf(bob) + "?decline=true&declineReason=Busy")
                .statusCode());

        XsiEvent released = monitor.awaitTypes(alice, "HookStatusEvent", "CallOriginatedEvent", "CallReleasingEvent",
                "CallReleasedEvent", "HookStatusEvent").get(3);
        assertEquals("Busy", released.call("releaseCause/internalReleaseCause"));
    }

    @Test
    void blindTransferOfAnAlertingCallIsADeflectionToTheNewDestination() {
        CallRef call = sim.dial(alice, bob);

        assertEquals(200, xsi.put(calls(bob) + "/" + call.callIdOf(bob) + "/BlindTransfer?address="
                + sim.user(carol).extension(), null).statusCode());

        XsiEvent redirected = monitor.awaitTypes(bob, "CallReceivedEvent", "CallRedirectedEvent", "CallReleasedEvent")
                .get(1);
        assertEquals("deflection", XsiEvent.at(redirected.calls().get(0), "redirect/reason"));
        assertEquals("Detached", XsiEvent.at(redirected.calls().get(0), "state"));
        XsiEvent received = monitor.await(carol, "CallReceivedEvent");
        assertEquals("deflection", received.call("redirections/redirection/reason"));
        monitor.await(alice, "CallForwardedEvent");
    }

    @Test
    void consultTransferAndConferenceWorkOverXsi() {
        CallRef first = sim.dial(alice, bob);
        sim.answer(bob, first.callIdOf(bob));
        assertEquals(200, xsi.put(calls(bob) + "/" + first.callIdOf(bob) + "/Hold", null).statusCode());
        CallRef second = sim.dial(bob, carol);
        sim.answer(carol, second.callIdOf(carol));

        String conference = "<Conference xmlns=\"http://schema.broadsoft.com/xsi\"><conferenceParticipantList>"
                + "<conferenceParticipant><callId>" + first.callIdOf(bob) + "</callId></conferenceParticipant>"
                + "<conferenceParticipant><callId>" + second.callIdOf(bob) + "</callId></conferenceParticipant>"
                + "</conferenceParticipantList></Conference>";
        assertEquals(200, xsi.post(calls(bob) + "/Conference", conference).statusCode());
        XsiEvent started = monitor.await(bob, "ConferenceStartedEvent");
        assertEquals(2, XsiEvent.children(XsiEvent.child(XsiEvent.child(started.eventData(), "conference"),
                "conferenceParticipantList"), "conferenceParticipant").size());
        assertEquals("Conference", XsiEvent.parse(xsi.get(calls(bob) + "/Conference").body()).rootName());
        String list = xsi.get(calls(bob)).body();
        assertTrue(list.contains("inConference=\"true\""), list);
        assertEquals(200, xsi.delete(calls(bob) + "/Conference").statusCode());
        monitor.await(bob, "ConferenceReleasedEvent");
        monitor.await(alice, "CallReleasedEvent");
        monitor.await(carol, "CallReleasedEvent");

        CallRef third = sim.dial(alice, bob);
        sim.answer(bob, third.callIdOf(bob));
        sim.hold(bob, third.callIdOf(bob));
        CallRef fourth = sim.dial(bob, carol);
        sim.answer(carol, fourth.callIdOf(carol));
        assertEquals(200, xsi.put(calls(bob) + "/" + third.callIdOf(bob) + "/ConsultTransfer/" + fourth.callIdOf(bob),
                null).statusCode());
        XsiEvent transferred = monitor.await(alice, "CallTransferredEvent");
        assertEquals(carol, transferred.call("remoteParty/userId"));
    }

    @Test
    void reconnectAndDtmf() {
        CallRef call = sim.dial(alice, bob);
        sim.answer(bob, call.callIdOf(bob));
        String aliceCall = calls(alice) + "/" + call.callIdOf(alice);

        assertEquals(200, xsi.put(aliceCall + "/TransmitDTMF?playdtmf=12%23,4", null).statusCode());
        assertEquals(400, xsi.put(aliceCall + "/TransmitDTMF?playdtmf=xyz", null).statusCode());
        assertEquals(200, xsi.put(aliceCall + "/Hold", null).statusCode());
        assertEquals(200, xsi.put(aliceCall + "/Reconnect", null).statusCode());
        assertEquals("Active", XsiEvent.parse(xsi.get(aliceCall).body()).text("state"));
    }

    @Test
    void errorsAreErrorInfoWithTheDocumentedStatuses() {
        XsiTestClient anonymous = new XsiTestClient(sim.xspBaseUri(0), null, null);
        XsiTestClient wrong = new XsiTestClient(sim.xspBaseUri(0), ADMIN, "wrong");
        HttpResponse<String> unauthorised = anonymous.get(calls(alice));
        assertEquals(401, unauthorised.statusCode());
        assertTrue(unauthorised.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Basic"));
        assertEquals(401, wrong.get(calls(alice)).statusCode());
        assertEquals(401, new XsiTestClient(sim.xspBaseUri(0), "nobody@sim.example", PASSWORD).get(calls(alice))
                .statusCode());
        assertEquals(403, as(alice).get(calls(bob)).statusCode());
        assertEquals(200, as(alice).get(calls(alice)).statusCode());
        assertEquals(404, xsi.get(calls(alice) + "/callhalf-1:0").statusCode());
        assertEquals(404, xsi.get(calls("nobody@sim.example")).statusCode());
        assertEquals(404, xsi.get("/com.broadsoft.xsi-actions/v2.0/user/" + alice + "/nothing").statusCode());
        assertEquals(404, xsi.get("/somewhere/else").statusCode());
        assertEquals(400, xsi.post(calls(alice) + "/new", null).statusCode());
        assertEquals(405, xsi.delete(calls(alice) + "/HookStatus").statusCode());
        CallRef call = sim.dial(alice, bob);
        HttpResponse<String> badState = xsi.put(calls(bob) + "/" + call.callIdOf(bob) + "/Hold", null);
        assertEquals(400, badState.statusCode());
        XsiEvent error = XsiEvent.parse(badState.body());
        assertEquals("ErrorInfo", error.rootName());
        assertNotNull(error.text("summaryEnglish"));
        assertNotNull(error.text("errorCode"));
    }
}
