package io.bwjtapi.broadworks.calls;

import static io.bwjtapi.broadworks.support.Sequences.DIAL_1001_TO_1002;
import static io.bwjtapi.broadworks.support.Sequences.DIAL_1001_TO_1002_LISTENER;

import static io.bwjtapi.broadworks.support.Sequences.ANSWER_1002;
import static io.bwjtapi.broadworks.support.Sequences.ANSWER_1002_LISTENER;
import static io.bwjtapi.broadworks.support.Sequences.RELEASED_BY_1001;
import static io.bwjtapi.broadworks.support.Sequences.RELEASED_BY_1001_LISTENER;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.broadworks.support.ListenerLog;
import io.bwjtapi.broadworks.support.ObserverLog;
import io.bwjtapi.broadworks.support.Rig;
import io.bwjtapi.simulator.CallRef;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import javax.telephony.Address;
import javax.telephony.Provider;
import javax.telephony.Terminal;
import org.junit.jupiter.api.Test;

/** The provider opens on the simulator, comes in service with the group's users, and a first call flows. */
class ProviderOpenIT {
    @Test
    void providerComesInServiceWithTheGroupDirectoryAndABasicCallFlows() throws Exception {
        try (Rig rig = Rig.simulator()) {
            Provider provider = rig.open();
            rig.awaitInService();
            assertEquals(Set.of("1001", "1002", "1003", "1004"),
                    Arrays.stream(provider.getAddresses()).map(Address::getName).collect(Collectors.toSet()));
            assertEquals(Set.copyOf(rig.userIds()),
                    Arrays.stream(provider.getTerminals()).map(Terminal::getName).collect(Collectors.toSet()));
            assertEquals("1002", provider.getAddress(rig.userId(1)).getName(), "found by userId");
            assertEquals("1002", provider.getAddress(rig.user(1).dn()).getName(), "found by number");

            ObserverLog obs = new ObserverLog();
            ListenerLog lis = new ListenerLog();
            rig.address(0).addCallObserver(obs);
            rig.address(0).addCallListener(lis.calls());
            CallRef call = rig.sim.dial(rig.userId(0), rig.ext(1));
            obs.expect(DIAL_1001_TO_1002);
            lis.expect(DIAL_1001_TO_1002_LISTENER);

            rig.sim.answer(rig.userId(1), call.callIdOf(rig.userId(1)));
            obs.expect(ANSWER_1002);
            lis.expect(ANSWER_1002_LISTENER);

            rig.sim.release(rig.userId(0), call.callIdOf(rig.userId(0)));
            obs.expect(RELEASED_BY_1001);
            lis.expect(RELEASED_BY_1001_LISTENER);
            assertTrue(rig.stats().snapshots() >= 4, "every user's subscription delivered its snapshot");
            provider.shutdown();
            obs.expectNothingMore();
            lis.expectNothingMore();
        }
    }
}
