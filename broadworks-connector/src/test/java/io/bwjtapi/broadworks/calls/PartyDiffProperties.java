package io.bwjtapi.broadworks.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.csta.model.DeviceId;
import io.bwjtapi.provider.spi.ConnectionState;
import io.bwjtapi.provider.spi.ConnectionUpdate;
import io.bwjtapi.provider.spi.SwitchCause;
import io.bwjtapi.provider.spi.TerminalConnectionState;
import io.bwjtapi.provider.spi.TerminalUpdate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The delta between two party lists is minimal and, applied to the first, gives the second. */
class PartyDiffProperties {
    @Property(tries = 300)
    void applyingTheDeltaGivesTheNewParties(@ForAll("parties") Map<DeviceId, ConnectionUpdate> before,
            @ForAll("parties") Map<DeviceId, ConnectionUpdate> after) {
        Map<DeviceId, ConnectionUpdate> delta = PartyDiff.between(before, after, d -> SwitchCause.NORMAL,
                leavers(before, after));
        Map<DeviceId, ConnectionUpdate> applied = new LinkedHashMap<>(before);
        delta.forEach((device, update) -> {
            if (update.state() == ConnectionState.DISCONNECTED && !after.containsKey(device)) {
                applied.remove(device);
            } else {
                applied.put(device, update);
            }
        });
        assertEquals(after.keySet(), applied.keySet());
        after.forEach((device, update) -> assertTrue(Parties.sameState(update, applied.get(device))));
    }

    @Property(tries = 200)
    void theDeltaOfEqualPartiesIsEmpty(@ForAll("parties") Map<DeviceId, ConnectionUpdate> parties) {
        assertEquals(Map.of(), PartyDiff.between(parties, new LinkedHashMap<>(parties), d -> SwitchCause.BUSY,
                List.of()));
    }

    @Property(tries = 200)
    void leaversAreDisconnectedWithTheirCauseAndTerminalsDropped(
            @ForAll("parties") Map<DeviceId, ConnectionUpdate> before) {
        Map<DeviceId, ConnectionUpdate> delta = PartyDiff.between(before, Map.of(), d -> SwitchCause.BUSY,
                new ArrayList<>(before.keySet()));
        assertEquals(new ArrayList<>(before.keySet()), new ArrayList<>(delta.keySet()), "in the given order");
        for (ConnectionUpdate gone : delta.values()) {
            assertEquals(ConnectionState.DISCONNECTED, gone.state());
            assertEquals(SwitchCause.BUSY, gone.cause());
            gone.terminals().forEach(t -> assertEquals(TerminalConnectionState.DROPPED, t.state()));
        }
    }

    private static List<DeviceId> leavers(Map<DeviceId, ConnectionUpdate> before, Map<DeviceId, ConnectionUpdate> after) {
        List<DeviceId> gone = new ArrayList<>();
        before.keySet().forEach(d -> {
            if (!after.containsKey(d)) {
                gone.add(d);
            }
        });
        return gone;
    }

    @Provide
    Arbitrary<Map<DeviceId, ConnectionUpdate>> parties() {
        Arbitrary<ConnectionUpdate> party = Combinators.combine(Arbitraries.of("1001", "1002", "+4940555000"),
                Arbitraries.of(ConnectionState.ALERTING, ConnectionState.ESTABLISHED, ConnectionState.INITIATED),
                Arbitraries.of(TerminalConnectionState.RINGING, TerminalConnectionState.TALKING,
                        TerminalConnectionState.HELD),
                Arbitraries.of("callhalf-1", "callhalf-2")).as((address, state, terminal, handle) ->
                        address.startsWith("+") ? ConnectionUpdate.remote(address, state)
                                : ConnectionUpdate.local(address, state, TerminalUpdate.of("user" + address, terminal))
                                        .withHandle(handle));
        return party.list().ofMaxSize(3).map(list -> {
            Map<DeviceId, ConnectionUpdate> map = new LinkedHashMap<>();
            for (ConnectionUpdate update : list) {
                map.put(DeviceId.of(update.address()), update);
            }
            return map;
        });
    }
}
