package io.bwjtapi.xsi.event;

import io.bwjtapi.xsi.model.Call;
import io.bwjtapi.xsi.model.Conference;
import io.bwjtapi.xsi.model.HookStatus;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A snapshot of every call of the monitored user: sent after a subscription is created or refreshed
 * ({@link EventDataType#CALL_SUBSCRIPTION}), or unsolicited when updates were lost, e.g. after an
 * Application Server failover ({@link EventDataType#CALL_SUBSCRIPTION_RESYNC}). Calls absent from the
 * snapshot no longer exist for BroadWorks.
 */
public final class CallSubscriptionEvent extends EventData {
    private final List<Call> calls;
    private final Conference conference;
    private final HookStatus hookStatus;

    /**
     * Creates a snapshot.
     *
     * @param resync whether this is a {@code CallSubscriptionResyncEvent}
     * @param calls the user's calls; empty when idle
     * @param conference the conference the user controls, or {@code null}
     * @param hookStatus the device's hook status
     */
    public CallSubscriptionEvent(boolean resync, List<Call> calls, Conference conference, HookStatus hookStatus) {
        super(resync ? EventDataType.CALL_SUBSCRIPTION_RESYNC : EventDataType.CALL_SUBSCRIPTION,
                EventDataType.Shape.CALL_SNAPSHOT);
        this.calls = List.copyOf(calls);
        this.conference = conference;
        this.hookStatus = Objects.requireNonNull(hookStatus, "hookStatus");
    }

    /** @return whether BroadWorks sent it unsolicited because updates were lost */
    public boolean isResync() {
        return type() == EventDataType.CALL_SUBSCRIPTION_RESYNC;
    }

    /** @return every call the user has; empty when idle */
    public List<Call> calls() {
        return calls;
    }

    /** @return the conference the user controls */
    public Optional<Conference> conference() {
        return Optional.ofNullable(conference);
    }

    /** @return the device's hook status */
    public HookStatus hookStatus() {
        return hookStatus;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CallSubscriptionEvent)) {
            return false;
        }
        CallSubscriptionEvent other = (CallSubscriptionEvent) o;
        return type() == other.type() && calls.equals(other.calls) && Objects.equals(conference, other.conference)
                && hookStatus == other.hookStatus;
    }

    @Override
    public int hashCode() {
        return Objects.hash(type(), calls, conference, hookStatus);
    }

    @Override
    public String toString() {
        return typeName() + "[" + hookStatus + ", calls=" + calls + (conference == null ? "" : ", " + conference) + "]";
    }
}
