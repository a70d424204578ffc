package io.bwjtapi.csta.sync;

import io.bwjtapi.csta.event.EventCause;
import io.bwjtapi.csta.internal.CallEditor;
import io.bwjtapi.csta.internal.Departure;
import io.bwjtapi.csta.internal.LegUpdate;
import io.bwjtapi.csta.model.CallModelView;
import io.bwjtapi.csta.model.CstaCall;
import io.bwjtapi.csta.model.DeviceId;
import io.bwjtapi.csta.model.Leg;
import io.bwjtapi.csta.model.LegRef;
import io.bwjtapi.csta.model.LocalConnectionState;
import io.bwjtapi.csta.model.ModelEdit;
import io.bwjtapi.xsi.event.CallSubscriptionEvent;
import io.bwjtapi.xsi.model.Call;
import io.bwjtapi.xsi.model.Conference;
import io.bwjtapi.xsi.model.ConferenceParticipant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Brings one device's calls in line with a BroadWorks call snapshot (CallSubscriptionEvent or
 * CallSubscriptionResyncEvent). A pure function: it reads the model, changes nothing, and returns the change,
 * the events and the unsynchronised parties; the same inputs always give the same result.
 *
 * <p>After applying the result the device's halves are exactly the snapshot's calls (those not Released,
 * Detached or Idle), with the snapshot's data. A half the snapshot lacks is removed with ConnectionCleared
 * (cause switchingFunctionTerminated) for the device and the remote placeholder derived from it, CallCleared
 * when no monitored connection is left, and is reported as an {@link UnsynchronisedParty}. A half whose Xsi
 * state, session, personality and remote party agree yields no event. New halves and differences yield the
 * events that lead to the snapshot's state, with cause {@link EventCause#SNAPSHOT}. A half whose session
 * belongs to another call moves there alone. A conference in the snapshot joins its legs' calls into one (the
 * other parties of those calls move along, keeping their states). Other devices' halves are not touched.
 */
public final class Reconciler {

    /**
     * Reconciles a device against its snapshot event.
     *
     * @param model the model (it is only read)
     * @param device the monitored device the snapshot is for
     * @param snapshot the snapshot
     * @return the change, events and unsynchronised parties
     */
    public ReconcileResult reconcile(CallModelView model, DeviceId device, CallSubscriptionEvent snapshot) {
        return reconcile(model, device, snapshot.calls(), snapshot.conference().orElse(null));
    }

    /**
     * Reconciles a device against a list of calls, e.g. an empty list for a device that is no longer
     * monitored or whose calls BroadWorks reports as none.
     *
     * @param model the model (it is only read)
     * @param device the monitored device
     * @param calls every call BroadWorks reports for the device
     * @param conference the conference the device controls, or {@code null}
     * @return the change, events and unsynchronised parties
     */
    public ReconcileResult reconcile(CallModelView model, DeviceId device, List<Call> calls, Conference conference) {
        ModelEdit edit = new ModelEdit(model);
        CallEditor editor = new CallEditor(edit, device);
        Map<String, Call> present = new LinkedHashMap<>();
        for (Call call : calls) {
            if (stateOf(call) != LocalConnectionState.NULL) {
                present.put(call.callId(), call);
            }
        }
        List<UnsynchronisedParty> unsynchronised = new ArrayList<>();
        for (Leg leg : model.legsOf(device)) {
            if (!present.containsKey(leg.callId())) {
                CstaCall call = edit.callOfLeg(leg.ref()).orElseThrow();
                boolean known = calls.stream().anyMatch(c -> c.callId().equals(leg.callId()));
                if (!known) {
                    unsynchronised.add(new UnsynchronisedParty(device, call.ref(), leg.extTrackingId(),
                            leg.callId(), leg.state()));
                }
                EventCause cause = known ? EventCause.SNAPSHOT : EventCause.SWITCHING_FUNCTION_TERMINATED;
                editor.leave(leg.callId(), Departure.released(cause, null, false));
            }
        }
        for (Call call : present.values()) {
            edit.forgetEnded(LegRef.of(device, call.callId()));
            Optional<Leg> leg = editor.leg(call.callId());
            if (leg.isPresent() && agrees(leg.get(), call)) {
                editor.refresh(call);
            } else {
                editor.apply(LegUpdate.of(call, stateOf(call), EventCause.SNAPSHOT));
            }
        }
        if (conference != null) {
            List<String> legs = new ArrayList<>();
            for (ConferenceParticipant p : conference.participants()) {
                legs.add(p.callId());
            }
            editor.conference(legs, EventCause.SNAPSHOT);
        }
        return new ReconcileResult(edit.commit(), editor.events(), unsynchronised);
    }

    /** A state this client does not know still means BroadWorks has the call: it is taken as connected. */
    private static LocalConnectionState stateOf(Call call) {
        LocalConnectionState state = LocalConnectionState.fromXsi(call.state(), call.personality());
        return state == null ? LocalConnectionState.CONNECTED : state;
    }

    private static boolean agrees(Leg leg, Call call) {
        Call had = leg.call();
        return had.state() == call.state() && had.personality() == call.personality()
                && had.extTrackingId().equals(call.extTrackingId())
                && remote(leg.ref(), had).equals(remote(leg.ref(), call));
    }

    private static DeviceId remote(LegRef owner, Call call) {
        return CallEditor.remoteDevice(owner, call);
    }
}
