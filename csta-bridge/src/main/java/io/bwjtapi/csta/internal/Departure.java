package io.bwjtapi.csta.internal;

import io.bwjtapi.csta.event.EventCause;
import io.bwjtapi.csta.model.DeviceId;
import java.util.Objects;

/** How one of the reporting device's call halves left its call. */
public final class Departure {
    /** The ways a half leaves. */
    public enum Kind {
        /** Released (hung up, rejected, failed, or removed by a snapshot); its remote placeholder leaves too. */
        RELEASED,
        /** Redirected before answer ({@code Diverted}); the remote party stays in the call. */
        DIVERTED,
        /** Transferred away by the device ({@code Transferred}); the remote party stays. */
        TRANSFERRED,
        /** No longer presented to the device; the remote party stays. */
        DETACHED
    }

    final Kind kind;
    final EventCause cause;
    final DeviceId other;
    final boolean remoteFirst;

    private Departure(Kind kind, EventCause cause, DeviceId other, boolean remoteFirst) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.cause = Objects.requireNonNull(cause, "cause");
        this.other = other;
        this.remoteFirst = remoteFirst;
    }

    /**
     * A release.
     *
     * @param cause why
     * @param releasing the device that released, or {@code null} when unknown
     * @param remoteFirst whether the remote party released first (its placeholder is cleared first)
     * @return the departure
     */
    public static Departure released(EventCause cause, DeviceId releasing, boolean remoteFirst) {
        return new Departure(Kind.RELEASED, cause, releasing, remoteFirst);
    }

    /**
     * A redirection before answer.
     *
     * @param cause why
     * @param newDestination where the call went, or {@code null}
     * @return the departure
     */
    public static Departure diverted(EventCause cause, DeviceId newDestination) {
        return new Departure(Kind.DIVERTED, cause, newDestination, false);
    }

    /**
     * A transfer away by the device.
     *
     * @param cause why
     * @param transferredTo the destination, or {@code null}
     * @return the departure
     */
    public static Departure transferred(EventCause cause, DeviceId transferredTo) {
        return new Departure(Kind.TRANSFERRED, cause, transferredTo, false);
    }

    /**
     * The device is no longer part of the call.
     *
     * @param cause why
     * @return the departure
     */
    public static Departure detached(EventCause cause) {
        return new Departure(Kind.DETACHED, cause, null, false);
    }
}
