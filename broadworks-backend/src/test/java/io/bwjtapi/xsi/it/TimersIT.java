package io.bwjtapi.xsi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.simulator.SimulatorConfig;
import io.bwjtapi.simulator.fault.RequestMatcher;
import io.bwjtapi.xsi.channel.ChannelCloseReason;
import io.bwjtapi.xsi.channel.ChannelState;
import io.bwjtapi.xsi.channel.EventChannel;
import io.bwjtapi.xsi.event.EventDataType;
import io.bwjtapi.xsi.model.ChannelTerminatedReason;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Expiry and acknowledgement timers, with the simulator granting 2-second expiries and expecting fast acks. */
class TimersIT extends SimulatorBackedIT {

    @Override
    SimulatorConfig.Builder simulator(SimulatorConfig.Builder builder) {
        return builder.channelExpires(2, 2).subscriptionExpires(2, 2).ackTimeout(Duration.ofMillis(300))
                .maxDeliveryAttempts(2);
    }

    @Test
    void channelsAreRefreshedAtHalfTheGrantedExpiryAndStayOpen() {
        EventChannel channel = open(0);
        assertEquals(2, channel.grantedExpires());
        await("two channel refreshes", () -> facts.named("channelRefreshed").size() >= 2);
        assertEquals(ChannelState.OPEN, channel.state(), "the XSP would have expired an unrefreshed channel");
        assertTrue(sim.requests().stream().anyMatch(r -> r.method().equals("PUT")
                && r.path().equals("/com.broadsoft.xsi-events/v2.0/channel/" + channel.channelId().orElseThrow())
                && r.body().contains("<expires>")));
    }

    @Test
    void subscriptionsAreRefreshedAtHalfTheGrantedExpiryEachWithAFreshSnapshot() {
        open(0);
        get(client.subscriptions().subscribe(user(0)));
        await("two subscription refreshes", () -> facts.named("subscriptionRefreshed").size() >= 2);
        await("a snapshot per refresh", () -> events.of(user(0), EventDataType.CALL_SUBSCRIPTION).size() >= 3);
        assertTrue(facts.named("subscriptionLost").isEmpty(), () -> facts.all().toString());
    }

    @Test
    void unacknowledgedEventsMakeBroadWorksTerminateTheChannelAsNonResponsive() {
        EventChannel channel = open(0);
        sim.respondStatus(RequestMatcher.eventResponses(), 500);
        get(client.subscriptions().subscribe(user(0)));

        await("channel terminated", () -> channel.state() == ChannelState.CLOSED);
        ChannelCloseReason reason = facts.named("channelClosed").stream().map(f -> (ChannelCloseReason) f.detail())
                .findFirst().orElseThrow();
        assertEquals(ChannelTerminatedReason.NON_RESPONSIVE_CHANNEL, reason.terminatedReason().orElseThrow());
        assertTrue(facts.has("ackFailed"));
        assertTrue(client.stats().ackFailures() > 0);
    }
}
