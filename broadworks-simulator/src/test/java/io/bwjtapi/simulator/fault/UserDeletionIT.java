package io.bwjtapi.simulator.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.bwjtapi.simulator.CallRef;
import io.bwjtapi.simulator.support.Monitor;
import io.bwjtapi.simulator.support.RawEventChannel;
import io.bwjtapi.simulator.support.SimulatorIT;
import io.bwjtapi.simulator.support.XsiEvent;
import io.bwjtapi.simulator.support.XsiTestClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class UserDeletionIT extends SimulatorIT {

    @Test
    void deletingAUserEndsItsSubscriptionsCallsChannelsAndLogin() throws Exception {
        String alice = user(0);
        String bob = user(1);
        Monitor monitor = monitor("deletion");
        monitor.subscribe(alice, "Advanced Call");
        monitor.subscribe(bob, "Advanced Call");
        RawEventChannel bobsOwnChannel = closeLater(RawEventChannel.open(sim.xspBaseUri(0), bob, PASSWORD,
                RawEventChannel.body("bob-set", 1, 50, 3600, null)));
        bobsOwnChannel.next(Duration.ofSeconds(5));
        CallRef call = sim.dial(alice, bob);
        sim.answer(bob, call.callIdOf(bob));
        monitor.await(alice, "CallAnsweredEvent");

        sim.deleteUser(bob);

        monitor.await(bob, "SubscriptionTerminatedEvent");
        XsiEvent released = monitor.await(alice, "CallReleasedEvent");
        assertEquals("remoteRelease", released.call("releasingParty"));
        XsiEvent terminated = XsiEvent.parse(bobsOwnChannel.next(Duration.ofSeconds(5)));
        assertEquals("UserDeleted", terminated.text("reason"));
        assertEquals(401, as(bob).get(XsiTestClient.ACTIONS + "/user/" + bob + "/calls").statusCode());
        assertEquals(404, admin().get(XsiTestClient.ACTIONS + "/user/" + bob + "/calls").statusCode());
        assertFalse(sim.users().stream().anyMatch(u -> u.userId().equals(bob)));
        assertEquals(1, sim.subscriptions().size());
    }
}
