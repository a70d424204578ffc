package io.bwjtapi.csta.internal;

import io.bwjtapi.csta.event.ConnectionListItem;
import io.bwjtapi.csta.event.CstaEvent;
import io.bwjtapi.csta.event.CstaEventType;
import io.bwjtapi.csta.event.DeviceRole;
import io.bwjtapi.csta.event.EventCause;
import io.bwjtapi.csta.model.CallParties;
import io.bwjtapi.csta.model.CallRef;
import io.bwjtapi.csta.model.ConnectionRef;
import io.bwjtapi.csta.model.CstaCall;
import io.bwjtapi.csta.model.CstaConnection;
import io.bwjtapi.csta.model.DeviceId;
import io.bwjtapi.csta.model.LocalConnectionState;
import io.bwjtapi.csta.model.Party;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the CSTA events of one edit, in order, each with the reporting device's view: its local state in
 * the call as it is when the event is recorded.
 */
final class EventLog {
    private final DeviceId reporter;
    private final List<CstaEvent> events = new ArrayList<>();

    EventLog(DeviceId reporter) {
        this.reporter = reporter;
    }

    List<CstaEvent> events() {
        return events;
    }

    /** Reports a connection's state change with the event the new state calls for; nothing if unchanged. */
    void transition(CstaCall call, DeviceId device, LocalConnectionState from, LocalConnectionState to,
            boolean originating, EventCause cause) {
        if (from != to) {
            add(call, typeOf(from, to, originating), device, to, cause, null);
        }
    }

    /** Reports that the call left the switch towards a network party, whose connection is now connected. */
    void networkReached(CstaCall call, DeviceId device, EventCause cause) {
        add(call, CstaEventType.NETWORK_REACHED, device, LocalConnectionState.CONNECTED, cause, null);
    }

    void cleared(CstaCall call, DeviceId device, EventCause cause, DeviceId releasing) {
        add(call, CstaEventType.CONNECTION_CLEARED, device, LocalConnectionState.NULL, cause, releasing);
    }

    void diverted(CstaCall call, DeviceId device, EventCause cause, DeviceId newDestination) {
        add(call, CstaEventType.DIVERTED, device, LocalConnectionState.NULL, cause, newDestination);
    }

    void callCleared(CstaCall call, EventCause cause) {
        events.add(CstaEvent.builder(CstaEventType.CALL_CLEARED, call.ref(), call.extTrackingId()).cause(cause)
                .monitor(reporter, LocalConnectionState.NULL).build());
    }

    /** Reports a transfer or conference: the resulting call, the merged call if any, and every change. */
    void merged(CstaEventType type, CstaCall result, CallRef secondary, DeviceId controller, DeviceId other,
            List<ConnectionListItem> items, EventCause cause) {
        boolean transfer = type == CstaEventType.TRANSFERRED;
        LocalConnectionState controllerState = state(result, controller);
        CstaEvent.Builder b = CstaEvent.builder(type, result.ref(), result.extTrackingId())
                .subject(ConnectionRef.of(result.ref(), controller), controllerState).cause(cause)
                .monitor(reporter, state(result, reporter)).oldCalls(result.ref(), secondary)
                .device(transfer ? DeviceRole.TRANSFERRING : DeviceRole.CONFERENCING, controller)
                .device(transfer ? DeviceRole.TRANSFERRED_TO : DeviceRole.ADDED_PARTY, other);
        items.forEach(b::item);
        events.add(b.build());
    }

    private void add(CstaCall call, CstaEventType type, DeviceId device, LocalConnectionState state,
            EventCause cause, DeviceId other) {
        CstaEvent.Builder b = CstaEvent.builder(type, call.ref(), call.extTrackingId())
                .subject(ConnectionRef.of(call.ref(), device), state).cause(cause)
                .monitor(reporter, device.equals(reporter) ? state : state(call, reporter));
        roles(b, type, call.parties(), device, other);
        events.add(b.build());
    }

    private static void roles(CstaEvent.Builder b, CstaEventType type, CallParties parties, DeviceId device,
            DeviceId other) {
        switch (type) {
            case SERVICE_INITIATED:
                b.device(DeviceRole.INITIATING, device).device(DeviceRole.CALLED, device(parties.called()));
                break;
            case ORIGINATED:
                b.device(DeviceRole.CALLING, device).device(DeviceRole.CALLED, device(parties.called()));
                break;
            case NETWORK_REACHED:
                b.device(DeviceRole.CALLING, device(parties.calling())).device(DeviceRole.CALLED, device);
                break;
            case HELD:
                b.device(DeviceRole.HOLDING, device);
                break;
            case RETRIEVED:
                b.device(DeviceRole.RETRIEVING, device);
                break;
            case CONNECTION_CLEARED:
                b.device(DeviceRole.RELEASING, other);
                break;
            case FAILED:
                b.device(DeviceRole.FAILING, device).device(DeviceRole.CALLING, device(parties.calling()))
                        .device(DeviceRole.CALLED, device(parties.called()));
                break;
            default:
                DeviceRole own = type == CstaEventType.DELIVERED ? DeviceRole.ALERTING
                        : type == CstaEventType.ESTABLISHED ? DeviceRole.ANSWERING : DeviceRole.DIVERTING;
                b.device(own, device).device(DeviceRole.CALLING, device(parties.calling()))
                        .device(DeviceRole.CALLED, device(parties.called()))
                        .device(DeviceRole.LAST_REDIRECTION, device(parties.lastRedirected()))
                        .device(DeviceRole.NEW_DESTINATION, other);
        }
    }

    private static DeviceId device(Optional<Party> party) {
        return party.isPresent() ? party.get().device() : null;
    }

    /** The event that reports a move to a new state. */
    static CstaEventType typeOf(LocalConnectionState from, LocalConnectionState to, boolean originating) {
        switch (to) {
            case NULL:
                return CstaEventType.CONNECTION_CLEARED;
            case INITIATED:
                return CstaEventType.SERVICE_INITIATED;
            case ALERTING:
            case QUEUED:
                return CstaEventType.DELIVERED;
            case HOLD:
                return CstaEventType.HELD;
            case FAIL:
                return CstaEventType.FAILED;
            default:
                if (from == LocalConnectionState.HOLD) {
                    return CstaEventType.RETRIEVED;
                }
                return originating ? CstaEventType.ORIGINATED : CstaEventType.ESTABLISHED;
        }
    }

    private static LocalConnectionState state(CstaCall call, DeviceId device) {
        return call.connection(device).map(CstaConnection::state).orElse(LocalConnectionState.NULL);
    }
}
