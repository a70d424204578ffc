package io.bwjtapi.failover.fact;

import io.bwjtapi.failover.DeviceId;
import java.util.Objects;

/**
 * A call snapshot arrived for a device and was reconciled with the call model.
 *
 * <p>{@code unsolicited} is true for a {@code CallSubscriptionResyncEvent}: BroadWorks found the user out of step
 * after an Application Server failover. A plain {@code CallSubscriptionEvent} (the answer to a forced resync or to
 * a subscription creation) is solicited. {@code agreedWithModel} says whether the snapshot matched the model the
 * provider had before reconciling it.
 */
public final class SnapshotReceived extends DeviceFact {
    private final boolean unsolicited;
    private final boolean agreedWithModel;

    private SnapshotReceived(DeviceId device, boolean unsolicited, boolean agreedWithModel) {
        super(device);
        this.unsolicited = unsolicited;
        this.agreedWithModel = agreedWithModel;
    }

    /**
     * @param device the device
     * @param agreedWithModel whether the snapshot matched the model
     * @return a snapshot answering a forced resync or a subscription creation
     */
    public static SnapshotReceived solicited(DeviceId device, boolean agreedWithModel) {
        return new SnapshotReceived(device, false, agreedWithModel);
    }

    /**
     * @param device the device
     * @param agreedWithModel whether the snapshot matched the model
     * @return a {@code CallSubscriptionResyncEvent} that BroadWorks sent on its own
     */
    public static SnapshotReceived unsolicited(DeviceId device, boolean agreedWithModel) {
        return new SnapshotReceived(device, true, agreedWithModel);
    }

    /** @return whether BroadWorks sent it on its own (an Application Server failover) */
    public boolean unsolicited() {
        return unsolicited;
    }

    /** @return whether the snapshot matched the call model */
    public boolean agreedWithModel() {
        return agreedWithModel;
    }

    @Override
    public void accept(FactVisitor visitor) {
        visitor.snapshotReceived(this);
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other) && unsolicited == ((SnapshotReceived) other).unsolicited
                && agreedWithModel == ((SnapshotReceived) other).agreedWithModel;
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), unsolicited, agreedWithModel);
    }

    @Override
    public String toString() {
        return "SnapshotReceived[" + device() + (unsolicited ? ", unsolicited" : ", solicited")
                + (agreedWithModel ? ", agreed" : ", disagreed") + "]";
    }
}
