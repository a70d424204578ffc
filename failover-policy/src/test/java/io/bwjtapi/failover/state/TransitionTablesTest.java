package io.bwjtapi.failover.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The transition tables list exactly the intended moves; terminal states have no way out. */
class TransitionTablesTest {

    @Test
    void providerTableMatchesTheDesign() {
        Set<String> pairs = Arrays.stream(ProviderTransition.values()).map(t -> t.from() + ">" + t.to())
                .collect(Collectors.toSet());
        assertEquals(Set.of("CONNECTING>IN_SERVICE", "CONNECTING>DEGRADED", "CONNECTING>SHUTDOWN",
                "IN_SERVICE>DEGRADED", "IN_SERVICE>OUT_OF_SERVICE", "IN_SERVICE>SHUTDOWN", "DEGRADED>IN_SERVICE",
                "DEGRADED>OUT_OF_SERVICE", "DEGRADED>SHUTDOWN", "OUT_OF_SERVICE>IN_SERVICE",
                "OUT_OF_SERVICE>DEGRADED", "OUT_OF_SERVICE>SHUTDOWN"), pairs);
        for (ProviderState from : ProviderState.values()) {
            for (ProviderState to : ProviderState.values()) {
                boolean listed = pairs.contains(from + ">" + to);
                assertEquals(listed, ProviderTransition.isLegal(from, to));
                if (listed) {
                    assertSame(to, ProviderTransition.between(from, to).to());
                } else {
                    IllegalStateTransitionException e = assertThrows(IllegalStateTransitionException.class,
                            () -> ProviderTransition.between(from, to));
                    assertEquals("provider", e.machine());
                    assertEquals(from, e.from());
                }
            }
        }
        assertFalse(Arrays.stream(ProviderState.values()).anyMatch(s -> ProviderTransition.isLegal(
                ProviderState.SHUTDOWN, s)), "SHUTDOWN is terminal");
        assertFalse(ProviderTransition.isLegal(ProviderState.OUT_OF_SERVICE, ProviderState.CONNECTING),
                "the initial open happens once");
    }

    @Test
    void deviceTableMatchesTheDesign() {
        Set<String> pairs = Arrays.stream(DeviceTransition.values()).map(t -> t.from() + ">" + t.to())
                .collect(Collectors.toSet());
        assertEquals(Set.of("OUT_OF_SERVICE>IN_SERVICE", "OUT_OF_SERVICE>RESYNCING", "OUT_OF_SERVICE>CLOSED",
                "RESYNCING>IN_SERVICE", "RESYNCING>OUT_OF_SERVICE", "RESYNCING>CLOSED", "IN_SERVICE>OUT_OF_SERVICE",
                "IN_SERVICE>CLOSED"), pairs);
        for (DeviceState from : DeviceState.values()) {
            for (DeviceState to : DeviceState.values()) {
                assertEquals(pairs.contains(from + ">" + to), DeviceTransition.isLegal(from, to));
            }
        }
        assertFalse(Arrays.stream(DeviceState.values()).anyMatch(s -> DeviceTransition.isLegal(DeviceState.CLOSED, s)),
                "CLOSED cannot be reopened");
        assertFalse(DeviceTransition.isLegal(DeviceState.IN_SERVICE, DeviceState.RESYNCING),
                "a confirming resync is invisible: RESYNCING is entered only from OUT_OF_SERVICE");
    }

    @Test
    void channelTableMatchesTheDesign() {
        Set<String> pairs = Arrays.stream(ChannelTransition.values()).map(t -> t.from() + ">" + t.to())
                .collect(Collectors.toSet());
        assertEquals(Set.of("CLOSED>OPENING", "OPENING>OPEN", "OPENING>CLOSED", "OPEN>CLOSED"), pairs);
        for (ChannelState from : ChannelState.values()) {
            for (ChannelState to : ChannelState.values()) {
                assertEquals(pairs.contains(from + ">" + to), ChannelTransition.isLegal(from, to));
            }
        }
        assertThrows(IllegalStateTransitionException.class,
                () -> ChannelTransition.between(ChannelState.OPENING, ChannelState.OPENING),
                "a second attempt while one is in flight is illegal");
    }

    @Test
    void everyStateIsReachableFromTheInitialOne() {
        Set<ProviderState> reached = EnumSet.of(ProviderState.CONNECTING);
        for (int round = 0; round < ProviderState.values().length; round++) {
            for (ProviderTransition t : ProviderTransition.values()) {
                if (reached.contains(t.from())) {
                    reached.add(t.to());
                }
            }
        }
        assertEquals(EnumSet.allOf(ProviderState.class), reached);
        assertTrue(ProviderState.DEGRADED.isInService() && !ProviderState.CONNECTING.isInService());
    }
}
