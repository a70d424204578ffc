package io.bwjtapi.csta.internal;

import io.bwjtapi.csta.event.EventCause;
import io.bwjtapi.csta.model.CstaCall;
import io.bwjtapi.csta.model.CstaConnection;
import io.bwjtapi.csta.model.DeviceId;
import io.bwjtapi.csta.model.ModelEdit;
import java.util.List;

/** Clears connections, and whole calls that no monitored device is left in. */
final class CallEnds {
    private final ModelEdit edit;
    private final EventLog log;

    CallEnds(ModelEdit edit, EventLog log) {
        this.edit = edit;
        this.log = log;
    }

    /** Removes the connections from the call, reporting each as cleared. */
    CstaCall clear(CstaCall call, List<CstaConnection> connections, EventCause cause, DeviceId releasing) {
        CstaCall next = call;
        for (CstaConnection c : connections) {
            next = next.without(c.device());
            log.cleared(next, c.device(), cause, releasing);
        }
        return next;
    }

    /** Stages the call, or clears it when no monitored connection is left: nobody could report on it. */
    void finish(CstaCall call, EventCause cause) {
        if (call.hasMonitoredConnection()) {
            edit.put(call);
            return;
        }
        CstaCall next = call;
        for (CstaConnection c : call.connections()) {
            next = next.without(c.device());
            log.cleared(next, c.device(), cause, null);
        }
        log.callCleared(next, cause);
        edit.remove(call.ref());
    }
}
