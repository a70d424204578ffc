package io.bwjtapi.csta.internal;

import io.bwjtapi.csta.event.EventCause;
import io.bwjtapi.csta.model.LocalConnectionState;
import io.bwjtapi.xsi.model.Call;
import java.util.Objects;

/** The latest state of one of the reporting device's call halves, and how to report the change. */
public final class LegUpdate {
    /** How to report that a half's remote party changed. */
    public enum RemoteChange {
        /** The old remote party left and a new one joined (separate events). */
        REPLACE,
        /** The call was forwarded away from the old remote party ({@code Diverted}). */
        DIVERT,
        /** The old remote party transferred the call to the new one ({@code Transferred}). */
        TRANSFER
    }

    /** How to report that the half moved into a session of another call. */
    public enum MergeKind {
        /** As a transfer. */
        TRANSFER,
        /** As a conference (barge-in, monitoring). */
        CONFERENCE
    }

    final Call call;
    final LocalConnectionState state;
    final EventCause cause;
    boolean failed;
    LocalConnectionState via;
    boolean reachNetwork;
    RemoteChange remoteChange = RemoteChange.REPLACE;
    MergeKind mergeKind = MergeKind.TRANSFER;

    private LegUpdate(Call call, LocalConnectionState state, EventCause cause) {
        this.call = Objects.requireNonNull(call, "call");
        this.state = Objects.requireNonNull(state, "state");
        this.cause = Objects.requireNonNull(cause, "cause");
        if (state == LocalConnectionState.NULL) {
            throw new IllegalArgumentException("a half that left is removed with CallEditor.leave");
        }
    }

    /**
     * Starts an update.
     *
     * @param call the half as BroadWorks reports it now
     * @param state the reporting device's local state in the call
     * @param cause the cause of the events it implies
     * @return the update
     */
    public static LegUpdate of(Call call, LocalConnectionState state, EventCause cause) {
        return new LegUpdate(call, state, cause);
    }

    /** @return this update, for a call that plays a failure treatment (busy ...) */
    public LegUpdate failed() {
        failed = true;
        return this;
    }

    /**
     * Reports a new connection in an intermediate state first.
     *
     * @param first the state to report before the final one, e.g. {@code initiated}
     * @return this update
     */
    public LegUpdate via(LocalConnectionState first) {
        via = first;
        return this;
    }

    /** @return this update, reporting a new network destination with NetworkReached first */
    public LegUpdate reachNetwork() {
        reachNetwork = true;
        return this;
    }

    /**
     * Chooses how a new remote party is reported.
     *
     * @param how the style
     * @return this update
     */
    public LegUpdate remoteChange(RemoteChange how) {
        remoteChange = Objects.requireNonNull(how, "how");
        return this;
    }

    /**
     * Chooses how a move into another call's session is reported.
     *
     * @param how the style
     * @return this update
     */
    public LegUpdate mergeKind(MergeKind how) {
        mergeKind = Objects.requireNonNull(how, "how");
        return this;
    }
}
