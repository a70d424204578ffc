package io.bwjtapi.broadworks.failover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;

import io.bwjtapi.failover.XspEndpoint;
import io.bwjtapi.failover.fact.ChannelLost;
import io.bwjtapi.failover.fact.ChannelOpenFailed;
import io.bwjtapi.xsi.XsiEndpoint;
import io.bwjtapi.xsi.channel.ChannelCloseReason;
import io.bwjtapi.xsi.channel.ChannelOpenException;
import io.bwjtapi.xsi.channel.ChannelOpenFailure;
import io.bwjtapi.xsi.channel.EventChannel;
import io.bwjtapi.xsi.model.ChannelTerminatedReason;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Backend facts in the policy's words; only the channel the policy knows is reported; traffic is throttled. */
class BackendMappingTest {
    private static final XspEndpoint XSP = XspEndpoint.of("xsp1:443");
    private static final XsiEndpoint BACKEND = XsiEndpoint.https("xsp1");

    @Test
    void channelEndsMapToTheirKinds() {
        assertEquals(ChannelLost.of(XSP, ChannelLost.Kind.HEARTBEAT_NOT_FOUND), FactMapping.lost(XSP,
                ChannelCloseReason.of(ChannelCloseReason.Kind.HEARTBEAT_404, "404")));
        assertEquals(ChannelLost.of(XSP, ChannelLost.Kind.EOF), FactMapping.lost(XSP,
                ChannelCloseReason.of(ChannelCloseReason.Kind.EOF, "")));
        assertEquals(ChannelLost.terminated(XSP, ChannelLost.TerminatedReason.DUPLICATE_CHANNEL_SET),
                FactMapping.lost(XSP, ChannelCloseReason.terminated(ChannelTerminatedReason.DUPLICATE_CHANNEL_SET)));
        assertEquals(ChannelLost.of(XSP, ChannelLost.Kind.RESET), FactMapping.lost(XSP,
                ChannelCloseReason.of(ChannelCloseReason.Kind.RESET, "reset")));
    }

    @Test
    void openFailuresMapToTheirKinds() {
        assertEquals(ChannelOpenFailed.of(XSP, ChannelOpenFailed.Kind.AUTH_REJECTED), FactMapping.openFailed(XSP,
                new CompletionException(failure(ChannelOpenFailure.Kind.AUTH, 401))));
        assertEquals(ChannelOpenFailed.httpStatus(XSP, 503), FactMapping.openFailed(XSP,
                failure(ChannelOpenFailure.Kind.HTTP_STATUS, 503)));
        assertEquals(ChannelOpenFailed.of(XSP, ChannelOpenFailed.Kind.REFUSED), FactMapping.openFailed(XSP,
                failure(ChannelOpenFailure.Kind.REFUSED, 0)));
        assertEquals(ChannelOpenFailed.of(XSP, ChannelOpenFailed.Kind.RESET), FactMapping.openFailed(XSP,
                new IllegalStateException("anything else")));
        assertEquals(0, FactMapping.refusalStatus(200));
        assertEquals(404, FactMapping.refusalStatus(404));
    }

    private static ChannelOpenException failure(ChannelOpenFailure.Kind kind, int status) {
        return new ChannelOpenException(BACKEND, new ChannelOpenFailure(kind, status, null, "test"), null);
    }

    @Test
    void onlyTheChannelOfTheCurrentAttemptCounts() {
        ChannelSlots slots = new ChannelSlots();
        EventChannel late = mock(EventChannel.class);
        EventChannel current = mock(EventChannel.class);
        long abandoned = slots.startAttempt(XSP);
        long attempt = slots.startAttempt(XSP);
        assertFalse(slots.succeeded(XSP, abandoned, late), "a late answer to an abandoned attempt");
        assertTrue(slots.succeeded(XSP, attempt, current));
        assertSame(XSP, slots.endpointOf(current));
        assertNull(slots.endpointOf(late));
        assertSame(current, slots.close(XSP));
        assertNull(slots.endpointOf(current), "nothing more is reported about a closed channel");
    }

    @Test
    void trafficPassesAtMostOncePerInterval() {
        TrafficThrottle throttle = new TrafficThrottle(TimeUnit.MILLISECONDS.toNanos(100));
        EventChannel channel = mock(EventChannel.class);
        long t = 1_000_000_000L;
        assertTrue(throttle.pass(channel, t));
        assertFalse(throttle.pass(channel, t + TimeUnit.MILLISECONDS.toNanos(50)));
        assertTrue(throttle.pass(channel, t + TimeUnit.MILLISECONDS.toNanos(100)));
        assertTrue(throttle.pass(mock(EventChannel.class), t), "per channel");
    }
}
