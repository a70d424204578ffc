package io.bwjtapi.csta.support;

import io.bwjtapi.csta.model.CallModelView;
import io.bwjtapi.csta.model.CstaCall;
import io.bwjtapi.csta.model.CstaConnection;
import io.bwjtapi.csta.model.Leg;
import io.bwjtapi.csta.model.LegRef;
import io.bwjtapi.csta.model.LocalConnectionState;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Checks the invariants every model state must keep, with a message naming the first broken one. */
public final class ModelInvariants {
    private ModelInvariants() {
    }

    public static void check(CallModelView model) {
        Map<LegRef, CstaCall> legs = new HashMap<>();
        Map<String, CstaCall> sessions = new HashMap<>();
        for (CstaCall call : model.calls()) {
            require(call.hasMonitoredConnection(), "a call without monitored connections", call);
            Set<String> devices = new HashSet<>();
            for (CstaConnection c : call.connections()) {
                require(c.call().equals(call.ref()), "a connection of another call", call);
                require(devices.add(c.device().value()), "a device with two connections", call);
                require(c.state() != LocalConnectionState.NULL, "a cleared connection still present", call);
                c.owner().ifPresent(o -> require(call.hasLeg(o), "a placeholder whose owner is elsewhere", call));
                for (Leg leg : c.legs()) {
                    require(legs.put(leg.ref(), call) == null, "a call half in two connections: " + leg, call);
                    CstaCall other = sessions.put(leg.extTrackingId(), call);
                    require(other == null || other == call, "a session in two calls: " + leg, call);
                    require(model.callOfLeg(leg.ref()).map(CstaCall::ref).filter(call.ref()::equals).isPresent(),
                            "the half index misses " + leg, call);
                    require(!model.isRecentlyEnded(leg.ref()), "a live half remembered as ended " + leg, call);
                }
            }
            for (CstaConnection c : call.connections()) {
                require(model.callsOf(c.device()).contains(call), "the device index misses " + c, call);
            }
        }
    }

    private static void require(boolean ok, String what, CstaCall call) {
        if (!ok) {
            throw new AssertionError("invariant broken: " + what + " in " + call);
        }
    }
}
