package io.bwjtapi.csta.event;

import io.bwjtapi.csta.model.CallRef;
import io.bwjtapi.csta.model.ConnectionRef;

/**
 * The call ended: no connection is left (every one was reported cleared before). Its subject state is null.
 * JTAPI: Call INVALID.
 */
public final class CallClearedEvent extends CstaEvent {

    CallClearedEvent(CstaEvent.Builder b) {
        super(b);
    }

    /** @return the call that ended */
    public CallRef clearedCall() {
        return call();
    }

    /** @return always {@code null}: the event concerns the whole call */
    @Override
    public ConnectionRef subject() {
        return null;
    }

    @Override
    public <R> R accept(CstaEventVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
