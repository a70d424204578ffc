package io.bwjtapi.failover.device;

import io.bwjtapi.failover.DeviceId;
import io.bwjtapi.failover.internal.Timeline;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The alerting calls being watched, each with the time it counts as alerting too long; each fires once. */
final class AlertingWatch {
    private final Timeline<AlertingCall> due = new Timeline<>();
    private final Map<DeviceId, Set<String>> callsByDevice = new HashMap<>();

    void watch(DeviceId device, String callId, Instant tooLongAt) {
        due.schedule(new AlertingCall(device, callId), tooLongAt);
        callsByDevice.computeIfAbsent(device, d -> new HashSet<>()).add(callId);
    }

    boolean unwatch(DeviceId device, String callId) {
        Set<String> calls = callsByDevice.get(device);
        if (calls == null || !calls.remove(callId)) {
            return false;
        }
        if (calls.isEmpty()) {
            callsByDevice.remove(device);
        }
        return due.cancel(new AlertingCall(device, callId));
    }

    void unwatchAll(DeviceId device) {
        Set<String> calls = callsByDevice.remove(device);
        if (calls != null) {
            calls.forEach(callId -> due.cancel(new AlertingCall(device, callId)));
        }
    }

    /** @return a device with a call that has been alerting too long, the call no longer watched */
    Optional<DeviceId> pollDue(Instant now) {
        return due.pollDue(now).map(call -> {
            Set<String> calls = callsByDevice.get(call.device);
            calls.remove(call.callId);
            if (calls.isEmpty()) {
                callsByDevice.remove(call.device);
            }
            return call.device;
        });
    }

    Optional<Instant> earliest() {
        return due.earliest();
    }

    private static final class AlertingCall {
        final DeviceId device;
        final String callId;

        AlertingCall(DeviceId device, String callId) {
            this.device = device;
            this.callId = callId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof AlertingCall && device.equals(((AlertingCall) other).device)
                    && callId.equals(((AlertingCall) other).callId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(device, callId);
        }
    }
}
