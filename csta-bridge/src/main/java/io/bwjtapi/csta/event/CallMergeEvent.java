package io.bwjtapi.csta.event;

import io.bwjtapi.csta.model.CallRef;
import java.util.List;
import java.util.Optional;

/**
 * The events that move connections between calls ({@link TransferredEvent}, {@link ConferencedEvent}): the
 * call that survives, the call merged into it (if any), and how each connection concerned changed.
 */
public abstract class CallMergeEvent extends CstaEvent {

    CallMergeEvent(CstaEvent.Builder b) {
        super(b);
    }

    /** @return the call that survives (the same as {@link #call()}) */
    @Override
    public final CallRef primaryOldCall() {
        return super.primaryOldCall();
    }

    /** @return the call merged into the primary one and gone now; empty when only one call was involved */
    @Override
    public final Optional<CallRef> secondaryOldCall() {
        return super.secondaryOldCall();
    }

    /** @return how each connection concerned changed: moved, joined or left */
    public final List<ConnectionListItem> connections() {
        return items();
    }
}
