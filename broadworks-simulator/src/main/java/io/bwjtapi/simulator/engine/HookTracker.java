package io.bwjtapi.simulator.engine;

import io.bwjtapi.simulator.model.CallState;
import io.bwjtapi.simulator.model.HookStatus;
import io.bwjtapi.simulator.model.Personality;
import java.util.HashMap;
import java.util.Map;

/**
 * The hook state of each device as last reported, and the state its calls imply now: off hook while the
 * device dials, talks or holds a call; on hook while it only rings or has nothing.
 */
final class HookTracker {
    private final Map<String, HookStatus> reported = new HashMap<>();
    private final CallRegistry registry;

    HookTracker(CallRegistry registry) {
        this.registry = registry;
    }

    HookStatus current(String userId) {
        for (CallHalf half : registry.halvesOf(userId)) {
            CallState state = half.state();
            boolean dialling = state == CallState.ALERTING && half.personality == Personality.ORIGINATOR;
            if (dialling || state == CallState.ACTIVE || state == CallState.HELD || state == CallState.REMOTE_HELD) {
                return HookStatus.OFF_HOOK;
            }
        }
        return HookStatus.ON_HOOK;
    }

    HookStatus reported(String userId) {
        return reported.getOrDefault(userId, HookStatus.ON_HOOK);
    }

    /** Records a newly reported state; returns whether it differs from the last report. */
    boolean report(String userId, HookStatus status) {
        HookStatus previous = reported.put(userId, status);
        return (previous == null ? HookStatus.ON_HOOK : previous) != status;
    }

    /** Sets the reported state to what the calls imply, without an event (an AS that lost its memory). */
    void resync(String userId) {
        reported.put(userId, current(userId));
    }

    void forget(String userId) {
        reported.remove(userId);
    }
}
