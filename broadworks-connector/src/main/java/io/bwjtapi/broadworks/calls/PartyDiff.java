package io.bwjtapi.broadworks.calls;

import io.bwjtapi.csta.model.DeviceId;
import io.bwjtapi.provider.spi.ConnectionUpdate;
import io.bwjtapi.provider.spi.SwitchCause;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The delta between what the JTAPI layer knows of a call's parties and what they are now: every party that is
 * new or changed (state, terminals or handle), with its cause, then every party that left, disconnected and in
 * the given order. Applying the delta to the old parties (replacing listed ones, removing disconnected ones)
 * gives the new parties; the delta between equal parties is empty.
 */
final class PartyDiff {
    private PartyDiff() {
    }

    /**
     * @param before the parties the layer knows
     * @param after the parties now
     * @param causeOf why each party changed or left
     * @param leavers the parties of {@code before} missing from {@code after}, in the order to report them
     * @return the changed parties by device, in report order
     */
    static Map<DeviceId, ConnectionUpdate> between(Map<DeviceId, ConnectionUpdate> before,
            Map<DeviceId, ConnectionUpdate> after, Function<DeviceId, SwitchCause> causeOf, List<DeviceId> leavers) {
        Map<DeviceId, ConnectionUpdate> changes = new LinkedHashMap<>();
        for (Map.Entry<DeviceId, ConnectionUpdate> party : after.entrySet()) {
            ConnectionUpdate previous = before.get(party.getKey());
            if (previous == null || !Parties.sameState(previous, party.getValue())) {
                changes.put(party.getKey(), party.getValue().withCause(causeOf.apply(party.getKey())));
            }
        }
        for (DeviceId left : leavers) {
            changes.put(left, Parties.disconnected(before.get(left), causeOf.apply(left)));
        }
        return changes;
    }
}
