package io.bwjtapi.simulator.engine;

import io.bwjtapi.simulator.engine.SwitchEvent.CallChanged;
import io.bwjtapi.simulator.engine.SwitchEvent.CallsRedirected;
import io.bwjtapi.simulator.engine.SwitchEvent.ConferenceChanged;
import io.bwjtapi.simulator.engine.SwitchEvent.HookChanged;
import io.bwjtapi.simulator.model.ConferenceSnapshot;
import io.bwjtapi.simulator.model.HookStatus;
import io.bwjtapi.simulator.model.SimUser;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reports call changes of BroadWorks users in the order a real AS does, adding HookStatus events: going off
 * hook is reported before the call event that caused it (HookStatus, CallOriginated), going on hook after
 * it (CallReleased, HookStatus). External parties and calls no AS knows produce nothing.
 */
final class Emitter {
    private final Consumer<SwitchEvent> sink;
    private final HookTracker hooks;
    private final Set<SimUser> touched = new LinkedHashSet<>();
    private final Consumer<SimUser> onSettled;

    Emitter(Consumer<SwitchEvent> sink, HookTracker hooks, Consumer<SimUser> onSettled) {
        this.sink = sink;
        this.hooks = hooks;
        this.onSettled = onSettled;
    }

    void call(CallHalf half, CallEventType type) {
        call(half, type, type.level());
    }

    void call(CallHalf half, CallEventType type, CallLevel level) {
        if (half.party.isExternal() || half.session.mediaOnly) {
            return;
        }
        SimUser user = half.party.user();
        offHookFirst(user);
        sink.accept(new CallChanged(user, type, half.snapshot(), level));
        touched.add(user);
    }

    void redirected(SimUser user, List<CallHalf> halves) {
        List<io.bwjtapi.simulator.model.CallSnapshot> snapshots = new ArrayList<>();
        halves.forEach(h -> snapshots.add(h.snapshot()));
        sink.accept(new CallsRedirected(user, snapshots));
        touched.add(user);
    }

    void conference(SimUser user, ConferenceEventType type, ConferenceSnapshot conference) {
        sink.accept(new ConferenceChanged(user, type, conference));
        touched.add(user);
    }

    void other(SwitchEvent event) {
        sink.accept(event);
    }

    /** Ends an operation: reports devices that went on hook and lets idle users re-home. */
    void settle() {
        List<SimUser> users = new ArrayList<>(touched);
        touched.clear();
        for (SimUser user : users) {
            HookStatus now = hooks.current(user.userId());
            if (hooks.report(user.userId(), now)) {
                sink.accept(new HookChanged(user, now));
            }
            onSettled.accept(user);
        }
    }

    private void offHookFirst(SimUser user) {
        if (hooks.current(user.userId()) == HookStatus.OFF_HOOK
                && hooks.reported(user.userId()) == HookStatus.ON_HOOK) {
            hooks.report(user.userId(), HookStatus.OFF_HOOK);
            sink.accept(new HookChanged(user, HookStatus.OFF_HOOK));
        }
    }
}
