package io.bwjtapi.simulator.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.simulator.CallRef;
import io.bwjtapi.simulator.model.CallState;
import io.bwjtapi.simulator.model.TruthHalf;
import io.bwjtapi.simulator.support.Monitor;
import io.bwjtapi.simulator.support.SimulatorIT;
import io.bwjtapi.simulator.support.XsiEvent;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two users of the group and an external party, driven through the embedded Java API. */
class BasicCallIT extends SimulatorIT {
    private Monitor monitor;
    private String alice;
    private String bob;

    @BeforeEach
    void subscribe() {
        alice = user(0);
        bob = user(1);
        monitor = monitor("basic-call-set");
        monitor.subscribe(alice, "Advanced Call");
        monitor.subscribe(bob, "Advanced Call");
    }

    @Test
    void dialAnswerReleaseProducesTheDocumentedSequences() {
        CallRef call = sim.dial(alice, sim.user(bob).extension());
        String bobCallId = call.callIdOf(bob);
        sim.answer(bob, bobCallId);
        sim.release(alice, call.callIdOf(alice));

        List<XsiEvent> a = monitor.awaitTypes(alice, "HookStatusEvent", "CallOriginatedEvent", "CallAnsweredEvent",
                "CallReleasedEvent", "HookStatusEvent");
        List<XsiEvent> b = monitor.awaitTypes(bob, "CallReceivedEvent", "HookStatusEvent", "CallAnsweredEvent",
                "CallReleasedEvent", "HookStatusEvent");

        assertEquals("Off-Hook", XsiEvent.at(a.get(0).eventData(), "hookStatus"));
        assertEquals("Originator", a.get(1).call("personality"));
        assertEquals("Alerting", a.get(1).call("state"));
        assertEquals("Terminator", b.get(0).call("personality"));
        assertEquals("Alerting", b.get(0).call("state"));
        assertTrue(XsiEvent.has(b.get(0).call(), "allowAnswer"));
        assertEquals("Active", a.get(2).call("state"));
        assertEquals("Active", b.get(2).call("state"));
        assertEquals("localRelease", a.get(3).call("releasingParty"));
        assertEquals("remoteRelease", b.get(3).call("releasingParty"));
        assertEquals("Released", b.get(3).call("state"));
        assertEquals("On-Hook", XsiEvent.at(b.get(4).eventData(), "hookStatus"));

        assertEquals(call.extTrackingId(), a.get(1).call("extTrackingId"));
        assertEquals(call.extTrackingId(), b.get(0).call("extTrackingId"));
        assertNotEquals(a.get(1).call("callId"), b.get(0).call("callId"));
        assertEquals(bob, a.get(2).call("remoteParty/userId"));
        assertEquals("tel:" + sim.user(alice).extension(), b.get(0).call("remoteParty/address"));
        assertEquals(sim.user(bob).deviceAddressOfRecord(), b.get(2).call("endpoint/addressOfRecord"));
        for (int i = 1; i < b.size(); i++) {
            assertEquals(b.get(i - 1).sequence() + 1, b.get(i).sequence(), "sequence numbers increase by one");
        }
        assertEquals(b.get(0).targetId(), bob, "call events name their target");
    }

    @Test
    void holdAndRetrieveAreReportedAsHeldAndRemoteHeld() {
        CallRef call = sim.dial(alice, bob);
        sim.answer(bob, call.callIdOf(bob));
        sim.hold(alice, call.callIdOf(alice));
        sim.retrieve(alice, call.callIdOf(alice));

        List<XsiEvent> a = monitor.awaitTypes(alice, "HookStatusEvent", "CallOriginatedEvent", "CallAnsweredEvent",
                "CallHeldEvent", "CallRetrievedEvent");
        List<XsiEvent> b = monitor.awaitTypes(bob, "CallReceivedEvent", "HookStatusEvent", "CallAnsweredEvent",
                "CallHeldEvent", "CallRetrievedEvent");
        assertEquals("Held", a.get(3).call("state"));
        assertTrue(XsiEvent.has(a.get(3).call(), "allowRetrieve"));
        assertTrue(XsiEvent.has(a.get(3).call(), "heldTime"));
        assertEquals("Remote Held", b.get(3).call("state"));
        assertEquals("Active", a.get(4).call("state"));
        assertTrue(XsiEvent.has(a.get(4).call(), "totalHeldTime"));
        assertEquals("Active", b.get(4).call("state"));
    }

    @Test
    void externalCallerIsANetworkParty() {
        CallRef call = sim.dialFromExternal("+4930123456", sim.user(bob).dn());
        XsiEvent received = monitor.await(bob, "CallReceivedEvent");
        assertEquals("tel:+4930123456", received.call("remoteParty/address"));
        assertEquals("Network", received.call("remoteParty/callType"));

        sim.answer(bob, call.callIdOf(bob));
        sim.releaseExternal(call.extTrackingId());

        List<XsiEvent> b = monitor.awaitTypes(bob, "CallReceivedEvent", "HookStatusEvent", "CallAnsweredEvent",
                "CallReleasedEvent", "HookStatusEvent");
        assertEquals("remoteRelease", b.get(3).call("releasingParty"));
        assertTrue(sim.truth().calls().isEmpty());
    }

    @Test
    void callToAnExternalNumberAlertsUntilTheNetworkAnswers() {
        CallRef call = sim.dial(alice, "+4940555000");
        TruthHalf far = sim.truth().call(call.extTrackingId()).halfOf("+4940555000").orElseThrow();
        assertTrue(far.external());
        assertEquals(CallState.ALERTING, far.state());

        sim.answerExternal(call.extTrackingId());

        List<XsiEvent> a = monitor.awaitTypes(alice, "HookStatusEvent", "CallOriginatedEvent", "CallAnsweredEvent");
        assertEquals("tel:+4940555000", a.get(2).call("remoteParty/address"));
        assertEquals("Network", a.get(2).call("remoteParty/callType"));
        assertEquals(CallState.ACTIVE, sim.truth().knownHalvesOf(alice).get(0).state());
    }
}
