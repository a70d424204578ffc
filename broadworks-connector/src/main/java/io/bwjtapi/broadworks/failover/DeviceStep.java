package io.bwjtapi.broadworks.failover;

import io.bwjtapi.failover.decision.DeviceStateChange;
import io.bwjtapi.failover.state.DeviceCause;
import io.bwjtapi.failover.state.DeviceState;

/**
 * What one policy step did to one device: the state it ended in, the last cause, and whether (and why) it left
 * service on the way, which is how an Application Server failover or a disagreeing resync shows: out of service
 * and straight back in one step.
 */
final class DeviceStep {
    private DeviceState to;
    private DeviceCause lastCause;
    private DeviceCause leftServiceBecause;

    void add(DeviceStateChange change) {
        if (change.from() == DeviceState.IN_SERVICE && change.to() != DeviceState.IN_SERVICE
                && leftServiceBecause == null) {
            leftServiceBecause = change.cause();
        }
        to = change.to();
        if (change.cause() != DeviceCause.RESYNC_STARTED || lastCause == null) {
            lastCause = change.cause();
        }
    }

    /** @return the state the step ended in */
    DeviceState to() {
        return to;
    }

    /** @return the cause of the last transition that was not merely the start of a resync */
    DeviceCause lastCause() {
        return lastCause;
    }

    /** @return why the device left service during the step, or {@code null} when it did not */
    DeviceCause leftServiceBecause() {
        return leftServiceBecause;
    }
}
