package io.bwjtapi.csta.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A call: its stable {@link CallRef}, its connections (at most one per device, never in state null) and
 * its calling, called and last redirected parties (JTAPI {@code getCallingAddress}, {@code getCalledAddress},
 * {@code getLastRedirectedAddress}). BroadWorks call sessions (extTrackingIds) belong to the call through the
 * legs of its monitored connections; a conference links several sessions into one call. Immutable.
 */
public final class CstaCall {
    private static final CstaConnection[] NONE = new CstaConnection[0];

    private final CallRef ref;
    private final CstaConnection[] connections;
    /** Made on first use: the model itself reads the array. */
    private List<CstaConnection> view;
    private final CallParties parties;
    private final String extTrackingId;

    /**
     * Creates a call.
     *
     * @param ref the call's identity
     * @param connections its connections, in the order they joined
     * @param parties its calling, called and last redirected parties
     * @param lastExtTrackingId the session to report while no monitored half is left
     */
    public CstaCall(CallRef ref, List<CstaConnection> connections, CallParties parties, String lastExtTrackingId) {
        this(ref, connections.toArray(NONE), parties, lastExtTrackingId);
    }

    /** Takes an array that nothing else can change. */
    private CstaCall(CallRef ref, CstaConnection[] connections, CallParties parties, String lastExtTrackingId) {
        this.ref = Objects.requireNonNull(ref, "ref");
        this.connections = connections;
        this.parties = Objects.requireNonNull(parties, "parties");
        this.extTrackingId = firstSession(connections, lastExtTrackingId);
    }

    /** @return the call's identity */
    public CallRef ref() {
        return ref;
    }

    /** @return the connections, in the order they joined the call */
    public List<CstaConnection> connections() {
        List<CstaConnection> v = view;
        if (v == null) {
            v = Collections.unmodifiableList(Arrays.asList(connections));
            view = v;
        }
        return v;
    }

    /** The connections themselves, for the model's own loops (never changed). */
    CstaConnection[] connectionArray() {
        return connections;
    }

    /**
     * Finds the connection of a device.
     *
     * @param device a device
     * @return its connection to this call
     */
    public Optional<CstaConnection> connection(DeviceId device) {
        int at = indexOf(device);
        return at < 0 ? Optional.empty() : Optional.of(connections[at]);
    }

    /** @return the calling, called and last redirected parties */
    public CallParties parties() {
        return parties;
    }

    /** @return the current extTrackingId: the session of the first monitored half */
    public String extTrackingId() {
        return extTrackingId;
    }

    /** @return every session (extTrackingId) of the call's halves, without repeats */
    public List<String> sessions() {
        List<String> sessions = new ArrayList<>(2);
        for (CstaConnection c : connections) {
            for (Leg leg : c.legArray()) {
                if (!sessions.contains(leg.extTrackingId())) {
                    sessions.add(leg.extTrackingId());
                }
            }
        }
        return sessions;
    }

    /** @return every Xsi call half in the call, connection by connection */
    public List<Leg> legs() {
        List<Leg> legs = new ArrayList<>(connections.length);
        for (CstaConnection c : connections) {
            legs.addAll(c.legs());
        }
        return legs;
    }

    /**
     * Tells whether a session belongs to the call.
     *
     * @param extTrackingId a session
     * @return whether some monitored half belongs to it
     */
    public boolean hasSession(String extTrackingId) {
        for (CstaConnection c : connections) {
            for (Leg leg : c.legArray()) {
                if (leg.extTrackingId().equals(extTrackingId)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Tells whether a half is in the call.
     *
     * @param leg a monitored device's half
     * @return whether it is in this call
     */
    public boolean hasLeg(LegRef leg) {
        int at = indexOf(leg.device());
        return at >= 0 && connections[at].findLeg(leg.callId()) != null;
    }

    /** @return whether any connection is monitored */
    public boolean hasMonitoredConnection() {
        for (CstaConnection c : connections) {
            if (c.isMonitored()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the call with a connection added, or replacing the connection of the same device.
     *
     * @param connection a connection of this call
     * @return the new call
     */
    public CstaCall with(CstaConnection connection) {
        if (!connection.call().equals(ref)) {
            throw new IllegalArgumentException(connection + " does not belong to " + ref);
        }
        int at = indexOf(connection.device());
        return new CstaCall(ref, Arrays2.with(connections, at >= 0 ? at : connections.length, connection), parties,
                extTrackingId);
    }

    /**
     * Removes a device's connection.
     *
     * @param device the device
     * @return the call without its connection
     */
    public CstaCall without(DeviceId device) {
        int at = indexOf(device);
        return at < 0 ? this : new CstaCall(ref, Arrays2.without(connections, at), parties, extTrackingId);
    }

    /**
     * Replaces the calling, called and last redirected parties.
     *
     * @param newParties the parties
     * @return the call with them
     */
    public CstaCall with(CallParties newParties) {
        return newParties.equals(parties) ? this : new CstaCall(ref, connections, newParties, extTrackingId);
    }

    /** The device's connection, or {@code null}: for the model's own hot paths. */
    CstaConnection find(DeviceId device) {
        int at = indexOf(device);
        return at < 0 ? null : connections[at];
    }

    private int indexOf(DeviceId device) {
        for (int i = 0; i < connections.length; i++) {
            if (connections[i].device().equals(device)) {
                return i;
            }
        }
        return -1;
    }

    private static String firstSession(CstaConnection[] connections, String fallback) {
        for (CstaConnection c : connections) {
            if (c.isMonitored()) {
                return c.legArray()[0].extTrackingId();
            }
        }
        return Objects.requireNonNull(fallback, "extTrackingId");
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CstaCall)) {
            return false;
        }
        CstaCall c = (CstaCall) o;
        return ref.equals(c.ref) && Arrays.equals(connections, c.connections) && parties.equals(c.parties)
                && extTrackingId.equals(c.extTrackingId);
    }

    @Override
    public int hashCode() {
        return 31 * ref.hashCode() + Arrays.hashCode(connections);
    }

    @Override
    public String toString() {
        return ref + "[" + extTrackingId + " " + connections() + "]";
    }
}
