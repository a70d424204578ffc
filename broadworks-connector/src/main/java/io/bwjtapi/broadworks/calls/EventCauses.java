package io.bwjtapi.broadworks.calls;

import io.bwjtapi.csta.event.ConferencedEvent;
import io.bwjtapi.csta.event.ConnectionListItem;
import io.bwjtapi.csta.event.CstaEvent;
import io.bwjtapi.csta.event.CstaEventType;
import io.bwjtapi.csta.event.TransferredEvent;
import io.bwjtapi.csta.model.CallRef;
import io.bwjtapi.csta.model.ConnectionRef;
import io.bwjtapi.csta.model.DeviceId;
import io.bwjtapi.provider.spi.SwitchCause;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Why each party of each call changed in one batch of CSTA events, and the order in which parties left: the
 * cause of the last event about a connection; for a party that left without an event of its own (a remote party
 * of a cleared call) the cause with which its call was cleared.
 */
final class EventCauses {
    private final Map<CallRef, Map<DeviceId, SwitchCause>> bySubject = new HashMap<>();
    private final Map<CallRef, SwitchCause> clearing = new HashMap<>();
    private final Map<CallRef, List<DeviceId>> order = new HashMap<>();

    EventCauses(List<CstaEvent> events) {
        for (CstaEvent event : events) {
            SwitchCause cause = event.type() == CstaEventType.RETRIEVED ? SwitchCause.UNHOLD
                    : StateMapping.cause(event.cause());
            if (event.subject() != null) {
                put(event.subject(), cause);
            }
            switch (event.type()) {
                case CONNECTION_CLEARED:
                case CALL_CLEARED:
                case FAILED:
                case DIVERTED:
                    clearing.put(event.call(), cause);
                    break;
                case TRANSFERRED:
                    items(((TransferredEvent) event).transferredConnections(), SwitchCause.TRANSFER);
                    break;
                case CONFERENCED:
                    items(((ConferencedEvent) event).conferenceConnections(), SwitchCause.CONFERENCE);
                    break;
                default:
                    break;
            }
        }
    }

    private void items(List<ConnectionListItem> items, SwitchCause cause) {
        for (ConnectionListItem item : items) {
            item.oldConnection().ifPresent(c -> put(c, cause));
            item.newConnection().ifPresent(c -> put(c, cause));
        }
    }

    private void put(ConnectionRef connection, SwitchCause cause) {
        bySubject.computeIfAbsent(connection.call(), c -> new HashMap<>()).put(connection.device(), cause);
        List<DeviceId> seen = order.computeIfAbsent(connection.call(), c -> new ArrayList<>());
        seen.remove(connection.device());
        seen.add(connection.device());
    }

    /** @return why the party in the call changed (or left) */
    SwitchCause of(CallRef call, DeviceId device) {
        SwitchCause own = bySubject.getOrDefault(call, Map.of()).get(device);
        return own != null ? own : clearing.getOrDefault(call, SwitchCause.NORMAL);
    }

    /**
     * @return the parties known before and gone after, those with events of their own first, in event order
     */
    List<DeviceId> leaversInOrder(CallRef call, Set<DeviceId> before, Set<DeviceId> after) {
        List<DeviceId> leavers = new ArrayList<>();
        for (DeviceId device : order.getOrDefault(call, List.of())) {
            if (before.contains(device) && !after.contains(device)) {
                leavers.add(device);
            }
        }
        for (DeviceId device : before) {
            if (!after.contains(device) && !leavers.contains(device)) {
                leavers.add(device);
            }
        }
        return leavers;
    }
}
