package io.bwjtapi.simulator.engine;

import io.bwjtapi.simulator.model.AsRole;
import java.util.ArrayList;
import java.util.List;

/** A call session: the halves that share one extTrackingId, hosted by one Application Server. */
final class CallSession {
    final String extTrackingId;
    final AsRole host;
    final List<CallHalf> halves = new ArrayList<>(2);
    /** The hosting AS crashed: the call still has media but no AS knows it. */
    boolean mediaOnly;

    CallSession(String extTrackingId, AsRole host) {
        this.extTrackingId = extTrackingId;
        this.host = host;
    }

    @Override
    public String toString() {
        return "CallSession{" + extTrackingId + " on " + host + ", " + halves + (mediaOnly ? ", media only" : "") + "}";
    }
}
