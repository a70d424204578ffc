package io.bwjtapi.failover.fact;

import io.bwjtapi.failover.DeviceId;

/**
 * An event for the device skipped one or more sequence numbers, so events were lost and the device's model may be
 * wrong.
 */
public final class SequenceGap extends DeviceFact {
    /**
     * Creates the fact.
     *
     * @param device the device it is about
     */
    public SequenceGap(DeviceId device) {
        super(device);
    }

    @Override
    public void accept(FactVisitor visitor) {
        visitor.sequenceGap(this);
    }
}
