package io.bwjtapi.xsi.event;

import io.bwjtapi.xsi.model.HookStatus;
import java.util.Objects;

/** The user's device went on or off hook. */
public final class HookStatusEvent extends EventData {
    private final HookStatus hookStatus;

    /**
     * Creates the event.
     *
     * @param hookStatus the new hook status
     */
    public HookStatusEvent(HookStatus hookStatus) {
        super(EventDataType.HOOK_STATUS, EventDataType.Shape.HOOK_STATUS);
        this.hookStatus = Objects.requireNonNull(hookStatus, "hookStatus");
    }

    /** @return the new hook status */
    public HookStatus hookStatus() {
        return hookStatus;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof HookStatusEvent && hookStatus == ((HookStatusEvent) o).hookStatus);
    }

    @Override
    public int hashCode() {
        return hookStatus.hashCode();
    }

    @Override
    public String toString() {
        return "HookStatusEvent[" + hookStatus + "]";
    }
}
