package io.bwjtapi.broadworks.calls;

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
            obs.expect("call-1: CallActiveEv",
                    "call-1: ConnCreatedEv 1001",
                    "call-1: ConnConnectedEv 1001",
                    "call-1: CallCtlConnEstablishedEv 1001",
                    "call-1: TermConnCreatedEv user1001@sim.example",
                    "call-1: TermConnActiveEv user1001@sim.example",
                    "call-1: CallCtlTermConnTalkingEv user1001@sim.example",
                    "call-1: ConnCreatedEv 1002",
                    "call-1: ConnAlertingEv 1002",
                    "call-1: CallCtlConnAlertingEv 1002");
            lis.expect("call-1: SINGLECALL_META_PROGRESS_STARTED",
                    "call-1: CALL_ACTIVE",
                    "call-1: CONNECTION_CREATED 1001",
                    "call-1: CONNECTION_CONNECTED 1001",
                    "call-1: CALLCTL_CONNECTION_ESTABLISHED 1001",
                    "call-1: TERMINAL_CONNECTION_CREATED user1001@sim.example",
                    "call-1: TERMINAL_CONNECTION_ACTIVE user1001@sim.example",
                    "call-1: CALLCTL_TERMINAL_CONNECTION_TALKING user1001@sim.example",
                    "call-1: CONNECTION_CREATED 1002",
                    "call-1: CONNECTION_ALERTING 1002",
                    "call-1: CALLCTL_CONNECTION_ALERTING 1002",
                    "call-1: SINGLECALL_META_PROGRESS_ENDED");

            rig.sim.answer(rig.userId(1), call.callIdOf(rig.userId(1)));
            obs.expect("call-1: ConnConnectedEv 1002",
                    "call-1: CallCtlConnEstablishedEv 1002",
                    "call-1: TermConnCreatedEv user1002@sim.example",
                    "call-1: TermConnActiveEv user1002@sim.example",
                    "call-1: CallCtlTermConnTalkingEv user1002@sim.example");
            lis.expect("call-1: SINGLECALL_META_PROGRESS_STARTED",
                    "call-1: CONNECTION_CONNECTED 1002",
                    "call-1: CALLCTL_CONNECTION_ESTABLISHED 1002",
                    "call-1: TERMINAL_CONNECTION_CREATED user1002@sim.example",
                    "call-1: TERMINAL_CONNECTION_ACTIVE user1002@sim.example",
                    "call-1: CALLCTL_TERMINAL_CONNECTION_TALKING user1002@sim.example",
                    "call-1: SINGLECALL_META_PROGRESS_ENDED");

            rig.sim.release(rig.userId(0), call.callIdOf(rig.userId(0)));
            obs.expect("call-1: TermConnDroppedEv user1001@sim.example",
                    "call-1: CallCtlTermConnDroppedEv user1001@sim.example",
                    "call-1: ConnDisconnectedEv 1001",
                    "call-1: CallCtlConnDisconnectedEv 1001",
                    "call-1: CallObservationEndedEv");
            lis.expect("call-1: SINGLECALL_META_PROGRESS_STARTED",
                    "call-1: TERMINAL_CONNECTION_DROPPED user1001@sim.example",
                    "call-1: CALLCTL_TERMINAL_CONNECTION_DROPPED user1001@sim.example",
                    "call-1: CONNECTION_DISCONNECTED 1001",
                    "call-1: CALLCTL_CONNECTION_DISCONNECTED 1001",
                    "call-1: SINGLECALL_META_PROGRESS_ENDED",
                    "call-1: CALL_EVENT_TRANSMISSION_ENDED");
            assertTrue(rig.stats().snapshots() >= 4, "every user's subscription delivered its snapshot");
            provider.shutdown();
            obs.expectNothingMore();
            lis.expectNothingMore();
        }
    }
}
