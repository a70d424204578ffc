package io.bwjtapi.xsi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bwjtapi.simulator.ChannelInfo;
import io.bwjtapi.xsi.channel.ChannelCloseReason;
import io.bwjtapi.xsi.channel.SimpleChannelSupervisor;
import io.bwjtapi.xsi.event.EventDataType;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The optional default supervisor keeps a channel on every XSP of the set, whatever the XSPs do. */
class SupervisorIT extends SimulatorBackedIT {
    private SimpleChannelSupervisor supervisor;

    @BeforeEach
    void supervise() {
        supervisor = SimpleChannelSupervisor.start(client, 2, Duration.ofMillis(50), Duration.ofMillis(400));
        await("a channel on each XSP", () -> client.channels().channels().size() == 2);
    }

    @AfterEach
    void stopSupervising() {
        supervisor.close();
    }

    private boolean channelOn(int xsp) {
        return sim.channels().stream().anyMatch(c -> c.xspIndex() == xsp
                && c.channelSetId().equals(client.config().channelSetId()));
    }

    @Test
    void aLostChannelIsReopenedInTheSameChannelSetOnceTheXspIsBack() {
        sim.killXsp(0);
        await("channel on XSP 0 lost", () -> client.channels().channels().size() == 1);
        await("re-open attempts refused", () -> facts.named("channelOpenFailed").size() >= 2);
        sim.restoreXsp(0);

        await("a channel on XSP 0 again", () -> channelOn(0) && client.channels().channels().size() == 2);
        assertEquals(2, sim.channels().stream().map(ChannelInfo::channelSetId).filter(
                id -> id.equals(client.config().channelSetId())).count());
    }

    @Test
    void aSilentChannelIsDeclaredDeadAfterMissedHeartbeatsAndReplaced() {
        sim.partitionXsp(1);
        await("declared dead", () -> facts.has("channelClosed",
                f -> ((ChannelCloseReason) f.detail()).kind() == ChannelCloseReason.Kind.DECLARED_DEAD));
        sim.restoreXsp(1);
        await("replaced", () -> client.channels().channels().size() == 2 && channelOn(1));
    }

    @Test
    void everyoneIsResyncedWhenAChannelComesBackAfterAllWereLost() {
        get(client.subscriptions().subscribe(user(0)));
        await("first snapshot", () -> events.has(user(0), EventDataType.CALL_SUBSCRIPTION));
        sim.killXsp(0);
        sim.killXsp(1);
        await("all channels lost", () -> client.channels().channels().isEmpty());
        events.clear();
        sim.restoreXsp(1);

        await("a fresh snapshot after the outage", () -> events.has(user(0), EventDataType.CALL_SUBSCRIPTION));
        awaitFact("subscriptionRefreshed");
    }
}
