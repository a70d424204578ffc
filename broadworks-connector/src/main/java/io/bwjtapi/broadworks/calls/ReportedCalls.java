package io.bwjtapi.broadworks.calls;

import io.bwjtapi.csta.model.CallRef;
import io.bwjtapi.csta.model.DeviceId;
import io.bwjtapi.provider.spi.ConnectionUpdate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the JTAPI layer was last told about each call: its parties by device, and the calls of each device. */
final class ReportedCalls {
    private final Map<CallRef, Map<DeviceId, ConnectionUpdate>> calls = new HashMap<>();
    private final Map<DeviceId, Set<CallRef>> byDevice = new HashMap<>();

    /** @return the parties the layer knows in the call; empty when it knows none */
    Map<DeviceId, ConnectionUpdate> get(CallRef ref) {
        return calls.getOrDefault(ref, Map.of());
    }

    /** @param ref a call @param parties every party the layer knows in it now */
    void put(CallRef ref, Map<DeviceId, ConnectionUpdate> parties) {
        unindex(ref);
        calls.put(ref, parties);
        for (DeviceId device : parties.keySet()) {
            byDevice.computeIfAbsent(device, d -> new HashSet<>(4)).add(ref);
        }
    }

    /** @param ref a call the layer no longer knows */
    void forget(CallRef ref) {
        unindex(ref);
        calls.remove(ref);
    }

    /** @return the calls the layer knows the device in */
    List<CallRef> callsWith(DeviceId device) {
        return List.copyOf(byDevice.getOrDefault(device, Set.of()));
    }

    /** Forgets everything (the layer gets a complete snapshot next). */
    void clear() {
        calls.clear();
        byDevice.clear();
    }

    private void unindex(CallRef ref) {
        for (DeviceId device : calls.getOrDefault(ref, Map.of()).keySet()) {
            Set<CallRef> refs = byDevice.get(device);
            if (refs != null && refs.remove(ref) && refs.isEmpty()) {
                byDevice.remove(device);
            }
        }
    }
}
