package io.bwjtapi.csta.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Read access to a call model: calls by reference, by device, by extTrackingId and by Xsi call half. A
 * {@link CallModel} is read on its own (model) thread; {@link CallModel#snapshot()} gives other threads an
 * immutable view; a {@link ModelEdit} reads its base with its staged changes on top.
 */
public interface CallModelView {

    /** @return a number that changes whenever a change is applied to the model */
    long version();

    /**
     * Finds a call.
     *
     * @param ref the call's reference
     * @return the call
     */
    Optional<CstaCall> call(CallRef ref);

    /** @return every call, oldest first */
    List<CstaCall> calls();

    /**
     * Returns the calls a device has a connection to (monitored or placeholder), oldest first.
     *
     * @param device a device
     * @return its calls
     */
    List<CstaCall> callsOf(DeviceId device);

    /**
     * Finds the call a BroadWorks call session belongs to.
     *
     * @param extTrackingId the session's id
     * @return the call that has a half in that session
     */
    Optional<CstaCall> callByExtTrackingId(String extTrackingId);

    /**
     * Finds the call an Xsi call half belongs to.
     *
     * @param leg the half
     * @return its call
     */
    Optional<CstaCall> callOfLeg(LegRef leg);

    /**
     * Tells whether a half left recently; late events about it are dropped rather than resurrecting it.
     *
     * @param leg the half
     * @return whether it left and is remembered as gone
     */
    boolean isRecentlyEnded(LegRef leg);

    /** @return the number the next new call's {@link CallRef} gets */
    long nextCallNumber();

    /**
     * Finds the connection that holds a monitored device's Xsi call half.
     *
     * @param device the monitored device
     * @param callId the Xsi callId
     * @return the connection
     */
    default Optional<CstaConnection> connection(DeviceId device, String callId) {
        return callOfLeg(LegRef.of(device, callId)).flatMap(c -> c.connection(device));
    }

    /**
     * Finds a connection.
     *
     * @param ref the connection's reference
     * @return the connection
     */
    default Optional<CstaConnection> connection(ConnectionRef ref) {
        return call(ref.call()).flatMap(c -> c.connection(ref.device()));
    }

    /**
     * Returns the Xsi call halves of a monitored device, call by call (oldest first).
     *
     * @param device the device
     * @return its halves
     */
    default List<Leg> legsOf(DeviceId device) {
        List<Leg> legs = new ArrayList<>();
        for (CstaCall call : callsOf(device)) {
            call.connection(device).ifPresent(c -> legs.addAll(c.legs()));
        }
        return legs;
    }
}
