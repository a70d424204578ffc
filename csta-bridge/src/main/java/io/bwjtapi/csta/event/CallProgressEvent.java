package io.bwjtapi.csta.event;

import io.bwjtapi.csta.model.DeviceId;
import java.util.Optional;

/**
 * The events that report a call reaching or leaving a device ({@link DeliveredEvent}, {@link EstablishedEvent},
 * {@link DivertedEvent}): they name the call's calling, originally called and last redirecting devices.
 */
public abstract class CallProgressEvent extends CstaEvent {

    CallProgressEvent(CstaEvent.Builder b) {
        super(b);
    }

    /** @return the calling device */
    public final Optional<DeviceId> callingDevice() {
        return device(DeviceRole.CALLING);
    }

    /** @return the device originally called */
    public final Optional<DeviceId> calledDevice() {
        return device(DeviceRole.CALLED);
    }

    /** @return the device that last redirected the call */
    public final Optional<DeviceId> lastRedirectionDevice() {
        return device(DeviceRole.LAST_REDIRECTION);
    }
}
