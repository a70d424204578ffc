package io.bwjtapi.failover.device;

import io.bwjtapi.failover.DeviceId;
import io.bwjtapi.failover.backoff.Backoff;
import io.bwjtapi.failover.decision.ResyncTrigger;
import io.bwjtapi.failover.state.DeviceCause;
import io.bwjtapi.failover.state.DeviceState;
import java.util.function.Supplier;

/**
 * What the tracker knows about one device. A device has at most one resync in flight; triggers that arrive
 * meanwhile wait in {@code pending} and go out after its snapshot, so the answer always postdates the trigger.
 */
final class DeviceRecord {
    final DeviceId id;
    DeviceState state = DeviceState.OUT_OF_SERVICE;
    DeviceCause cause = DeviceCause.NOT_YET_SYNCHRONISED;
    /** The trigger of the next resync to send, or null. */
    ResyncTrigger pending;
    /** The trigger of the resync whose snapshot is awaited, or null. */
    ResyncTrigger inFlight;
    /** Whether the device waits for its retry backoff before sending again. */
    boolean retryWaiting;
    private Backoff retryBackoff;

    DeviceRecord(DeviceId id) {
        this.id = id;
    }

    boolean canSendNow() {
        return pending != null && inFlight == null && !retryWaiting;
    }

    /** Keeps the first trigger, but lets any real trigger replace a mere retry. */
    void addTrigger(ResyncTrigger trigger) {
        if (pending == null || pending == ResyncTrigger.RESYNC_RETRY) {
            pending = trigger;
        }
    }

    Backoff retryBackoff(Supplier<Backoff> factory) {
        if (retryBackoff == null) {
            retryBackoff = factory.get();
        }
        return retryBackoff;
    }

    void resetRetryBackoff() {
        if (retryBackoff != null) {
            retryBackoff.reset();
        }
    }
}
