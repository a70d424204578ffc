package io.bwjtapi.xsi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.simulator.ChannelInfo;
import io.bwjtapi.simulator.RecordedRequest;
import io.bwjtapi.simulator.fault.RequestMatcher;
import io.bwjtapi.xsi.XsiClient;
import io.bwjtapi.xsi.channel.ChannelCloseReason;
import io.bwjtapi.xsi.channel.ChannelOpenException;
import io.bwjtapi.xsi.channel.ChannelOpenFailure;
import io.bwjtapi.xsi.channel.ChannelState;
import io.bwjtapi.xsi.channel.EventChannel;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The channel set's mechanisms against the simulator: open, close, abort, heartbeats, and every way to fail. */
class ChannelLifecycleIT extends SimulatorBackedIT {

    private ChannelOpenFailure openFailure(XsiClient c, int xsp) {
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> c.channels().open(xsp(xsp)).get(WAIT.toMillis(), TimeUnit.MILLISECONDS));
        return assertInstanceOf(ChannelOpenException.class, e.getCause()).failure();
    }

    private static ChannelCloseReason reasonOf(RecordingListener facts, EventChannel channel) {
        return facts.named("channelClosed").stream().filter(f -> f.subject() == channel)
                .map(f -> (ChannelCloseReason) f.detail()).findFirst().orElseThrow();
    }

    @Test
    void opensOneChannelPerXspInTheSameChannelSet() {
        EventChannel first = open(0);
        EventChannel second = open(1);

        assertEquals(ChannelState.OPEN, first.state());
        assertNotEquals(first.channelId(), second.channelId());
        List<ChannelInfo> held = sim.channels();
        assertEquals(2, held.size());
        assertTrue(held.stream().allMatch(c -> c.channelSetId().equals(client.config().channelSetId())), held::toString);
        assertEquals(List.of(0, 1), held.stream().map(ChannelInfo::xspIndex).sorted().toList());
        assertEquals(2, client.channels().channels().size());
        assertEquals(List.of("channelOpening", "channelOpened"), facts.names().stream().distinct().limit(2).toList());
        RecordedRequest create = sim.requests().stream().filter(r -> r.path().endsWith("/channel")).findFirst()
                .orElseThrow();
        assertEquals("/com.broadsoft.async/com.broadsoft.xsi-events/v2.0/channel", create.path());
        assertFalse(create.body().contains("channelId"), "no channelId on create");
        assertFalse(create.body().contains("applicationId"), "no channel applicationId by default");
        assertTrue(create.header("authorization").startsWith("Basic"));
    }

    @Test
    void theGrantedExpiryIsTheOneTheXspReturns() {
        sim.close();
        sim = io.bwjtapi.simulator.BroadWorksSimulator.start(io.bwjtapi.simulator.SimulatorConfig.builder()
                .channelExpires(86400, 86400).build());
        client.close();
        client = newClient(ADMIN, PASSWORD);
        assertEquals(86400, open(0).grantedExpires());
    }

    @Test
    void gracefulCloseDeletesTheChannelAndWaitsForItsTermination() {
        EventChannel channel = open(0);
        get(client.channels().close(channel));

        assertEquals(ChannelState.CLOSED, channel.state());
        assertEquals(ChannelCloseReason.Kind.EXPLICIT_CLOSE, reasonOf(facts, channel).kind());
        assertTrue(sim.requests().stream().anyMatch(r -> r.method().equals("DELETE")
                && r.path().equals("/com.broadsoft.xsi-events/v2.0/channel/" + channel.channelId().orElseThrow())));
        assertTrue(sim.documents().stream().anyMatch(d -> d.document().contains("ChannelTerminatedEvent")));
        assertTrue(sim.channels().isEmpty());
        assertTrue(sim.requests().stream().noneMatch(r -> r.path().endsWith("/eventresponse")),
                "ChannelTerminatedEvent is never acknowledged");
        assertTrue(client.channels().channels().isEmpty());
    }

    @Test
    void abortDeclaresTheChannelDeadWithoutDeletingIt() {
        EventChannel channel = open(0);
        get(client.channels().abort(channel, "test says so"));

        ChannelCloseReason reason = reasonOf(facts, channel);
        assertEquals(ChannelCloseReason.Kind.DECLARED_DEAD, reason.kind());
        assertEquals("test says so", reason.detail());
        assertTrue(sim.requests().stream().noneMatch(r -> r.method().equals("DELETE")));
    }

    @Test
    void wrongCredentialsFailTheOpenAsAnAuthFailure() {
        try (XsiClient intruder = newClient(ADMIN, "wrong")) {
            RecordingListener seen = new RecordingListener();
            intruder.addLifecycleListener(seen);
            ChannelOpenFailure failure = openFailure(intruder, 0);
            assertEquals(ChannelOpenFailure.Kind.AUTH, failure.kind());
            assertEquals(401, failure.status());
            assertTrue(seen.has("authFailure"));
            assertTrue(seen.has("channelOpenFailed"));
        }
    }

    @Test
    void aKilledXspRefusesTheConnection() {
        sim.killXsp(1);
        assertEquals(ChannelOpenFailure.Kind.REFUSED, openFailure(client, 1).kind());
    }

    @Test
    void overloadOnChannelCreationIsAnHttpStatusFailureAndAnOverloadFact() {
        sim.respondStatus(RequestMatcher.of("POST", ".*/channel"), 503, 1);
        ChannelOpenFailure failure = openFailure(client, 0);
        assertEquals(ChannelOpenFailure.Kind.HTTP_STATUS, failure.kind());
        assertEquals(503, failure.status());
        assertTrue(failure.errorInfo().isPresent(), "the ErrorInfo body is parsed");
        assertTrue(facts.has("overload"));
        assertEquals(ChannelState.OPEN, open(0).state(), "the next attempt works");
    }

    @Test
    void heartbeatsGoToTheXspHoldingTheChannelAndAreAnsweredOnTheStream() {
        EventChannel channel = open(1);
        await("two answered heartbeats", () -> facts.named("heartbeatAnswered").size() >= 2);

        List<RecordedRequest> beats = sim.requests().stream().filter(r -> r.path().endsWith("/heartbeat")).toList();
        assertFalse(beats.isEmpty());
        assertTrue(beats.stream().allMatch(r -> r.xspIndex() == 1 && r.method().equals("PUT")
                && r.path().contains(channel.channelId().orElseThrow())), beats::toString);
        assertTrue(facts.named("heartbeatSent").size() >= facts.named("heartbeatAnswered").size());
    }

    @Test
    void aHeartbeatAnswered404ClosesTheChannel() {
        EventChannel channel = open(0);
        sim.respondStatus(RequestMatcher.heartbeats(), 404);
        await("channel closed", () -> channel.state() == ChannelState.CLOSED);
        assertEquals(ChannelCloseReason.Kind.HEARTBEAT_404, reasonOf(facts, channel).kind());
    }

    @Test
    void aSilentlyPartitionedXspShowsAsMissedHeartbeatsInARow() {
        EventChannel channel = open(0);
        sim.partitionXsp(0);
        await("two missed heartbeats in a row", () -> facts.has("heartbeatMissed", f -> (int) f.detail() >= 2));
        assertEquals(ChannelState.OPEN, channel.state(), "missing heartbeats are facts; the policy decides");
        assertTrue(channel.missedHeartbeats() >= 2);
    }

    @Test
    void aKilledXspClosesTheChannelAsResetOrEof() {
        EventChannel channel = open(0);
        sim.killXsp(0);
        await("channel closed", () -> channel.state() == ChannelState.CLOSED);
        ChannelCloseReason.Kind kind = reasonOf(facts, channel).kind();
        assertTrue(kind == ChannelCloseReason.Kind.RESET || kind == ChannelCloseReason.Kind.EOF, kind::toString);
    }

    @Test
    void aSecondInstanceWithTheSameChannelApplicationIdTerminatesTheFirstSet() {
        client.close();
        client = XsiClient.create(client.config().toBuilder().channelApplicationId("shared-app").build());
        client.addLifecycleListener(facts);
        EventChannel first = open(0);
        try (XsiClient other = XsiClient.create(client.config().toBuilder().channelSetId("another-set").build())) {
            get(other.channels().open(xsp(1)));
            await("first channel terminated", () -> first.state() == ChannelState.CLOSED);
            ChannelCloseReason reason = reasonOf(facts, first);
            assertEquals(ChannelCloseReason.Kind.TERMINATED, reason.kind());
            assertEquals("DUPLICATE_CHANNEL_SET", reason.terminatedReason().orElseThrow().name());
        }
    }
}
