package io.bwjtapi.failover.event;

import io.bwjtapi.failover.decision.DeviceStateChange;
import io.bwjtapi.failover.decision.ProviderStateChange;

/**
 * Receives every state transition of the failover policy, on the thread that feeds the policy, right after the
 * transition is applied. Implement only the methods you need. A listener that throws is logged and skipped; it
 * never disturbs the policy or other listeners.
 */
public interface FailoverEventListener {
    /** @param change the provider's connection state changed */
    default void onProviderStateChange(ProviderStateChange change) {
    }

    /** @param change a device's service state changed */
    default void onDeviceStateChange(DeviceStateChange change) {
    }

    /** @param change an XSP's channel state changed */
    default void onChannelStateChange(ChannelStateChange change) {
    }
}
