package io.bwjtapi.csta.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A device's connection to a call, with its CSTA local state. A monitored device's connection carries its
 * Xsi call halves ({@link #legs()}, usually one; a conference controller has one per conference leg). A
 * connection without legs is a placeholder for a remote party (external or not monitored), derived from the
 * remote party of a monitored half, its {@link #owner()}; a placeholder whose owner left the call (e.g. by
 * transferring it) is an orphan until another half names the same party. Immutable.
 */
public final class CstaConnection {
    private final ConnectionRef ref;
    private final LocalConnectionState state;
    private final Party party;
    private static final Leg[] NO_LEGS = new Leg[0];

    private final Leg[] legs;
    /** Made on first use: the model itself reads the array. */
    private List<Leg> view;
    private final LegRef owner;

    /** Takes an array of legs that nothing else can change. */
    private CstaConnection(ConnectionRef ref, LocalConnectionState state, Party party, Leg[] legs, LegRef owner) {
        this.ref = Objects.requireNonNull(ref, "ref");
        this.state = Objects.requireNonNull(state, "state");
        this.party = Objects.requireNonNull(party, "party");
        this.legs = legs;
        this.owner = owner;
        if (!party.device().equals(ref.device())) {
            throw new IllegalArgumentException("party " + party + " is not the device of " + ref);
        }
    }

    /**
     * Creates the connection of a monitored device; its state combines those of its legs.
     *
     * @param call the call
     * @param party the device as a party
     * @param legs the device's halves in the call; at least one
     * @return the connection
     */
    public static CstaConnection monitored(CallRef call, Party party, List<Leg> legs) {
        if (legs.isEmpty()) {
            throw new IllegalArgumentException("a monitored connection has at least one leg");
        }
        Leg[] copy = legs.toArray(NO_LEGS);
        return new CstaConnection(ConnectionRef.of(call, party.device()), combined(copy), party, copy, null);
    }

    /**
     * Creates a placeholder for a remote party.
     *
     * @param call the call
     * @param party the remote party
     * @param state its local state as far as the owner can tell
     * @param owner the monitored half it was derived from, or {@code null} for an orphan
     * @return the connection
     */
    public static CstaConnection placeholder(CallRef call, Party party, LocalConnectionState state, LegRef owner) {
        return new CstaConnection(ConnectionRef.of(call, party.device()), state, party, NO_LEGS, owner);
    }

    /** @return the connection's CSTA identity: call and device */
    public ConnectionRef ref() {
        return ref;
    }

    /** @return the call */
    public CallRef call() {
        return ref.call();
    }

    /** @return the device */
    public DeviceId device() {
        return ref.device();
    }

    /** @return the local state (never {@code NULL}: a connection that left is removed) */
    public LocalConnectionState state() {
        return state;
    }

    /** @return the device as a party, with what BroadWorks told about it */
    public Party party() {
        return party;
    }

    /** @return the device's Xsi call halves in this call; empty for a placeholder */
    public List<Leg> legs() {
        List<Leg> v = view;
        if (v == null) {
            v = legs.length == 0 ? List.of() : Collections.unmodifiableList(Arrays.asList(legs));
            view = v;
        }
        return v;
    }

    /** @return whether the device is monitored here (the connection has at least one leg) */
    public boolean isMonitored() {
        return legs.length > 0;
    }

    /** @return the Xsi callId of the first half, for Xsi-Actions; empty for a placeholder */
    public Optional<String> callId() {
        return legs.length == 0 ? Optional.empty() : Optional.of(legs[0].callId());
    }

    /**
     * Tells whether this placeholder was derived from a half.
     *
     * @param half a monitored call half
     * @return whether the half is this placeholder's owner
     */
    public boolean isOwnedBy(LegRef half) {
        return owner != null && owner.equals(half);
    }

    /** @return the half this placeholder was derived from; empty for monitored connections and orphans */
    public Optional<LegRef> owner() {
        return Optional.ofNullable(owner);
    }

    /**
     * Finds one of the device's halves.
     *
     * @param callId an Xsi callId
     * @return the half
     */
    public Optional<Leg> leg(String callId) {
        return Optional.ofNullable(findLeg(callId));
    }

    /**
     * Returns this connection with one half added or replaced (by callId); a placeholder becomes monitored.
     *
     * @param leg the half
     * @return the new connection
     */
    public CstaConnection withLeg(Leg leg) {
        Leg[] next = Arrays2.with(legs, indexOf(leg.callId()), leg);
        return new CstaConnection(ref, combined(next), party, next, null);
    }

    /**
     * Returns this connection without one half; the caller removes a connection left without halves.
     *
     * @param callId the half's callId
     * @return the new connection, or {@code null} when no half is left
     */
    public CstaConnection withoutLeg(String callId) {
        int at = indexOf(callId);
        if (at == legs.length) {
            return this;
        }
        Leg[] next = Arrays2.without(legs, at);
        return next.length == 0 ? null : new CstaConnection(ref, combined(next), party, next, null);
    }

    /**
     * Returns this placeholder with another state and owner.
     *
     * @param newState the state
     * @param newOwner the half it is derived from, or {@code null} for an orphan
     * @return the new connection
     */
    public CstaConnection withPlaceholderState(LocalConnectionState newState, LegRef newOwner) {
        return new CstaConnection(ref, newState, party, legs, newOwner);
    }

    /**
     * Adds what another description of the device knows.
     *
     * @param other another description of the same device
     * @return this connection with the party details the other one knows
     */
    public CstaConnection withDetailsFrom(Party other) {
        return new CstaConnection(ref, state, party.withDetailsFrom(other), legs, owner);
    }

    /**
     * Moves the connection to another call (after a merge).
     *
     * @param call the call
     * @return the same connection in that call
     */
    public CstaConnection movedTo(CallRef call) {
        return new CstaConnection(ConnectionRef.of(call, device()), state, party, legs, owner);
    }

    /** The half with this callId, or {@code null}: for the model's own hot paths. */
    Leg findLeg(String callId) {
        int at = indexOf(callId);
        return at == legs.length ? null : legs[at];
    }

    /** The halves themselves, for the model's own loops (never changed). */
    Leg[] legArray() {
        return legs;
    }

    private int indexOf(String callId) {
        for (int i = 0; i < legs.length; i++) {
            if (legs[i].callId().equals(callId)) {
                return i;
            }
        }
        return legs.length;
    }

    /** The state of a device with several halves in one call: the most active of them. */
    private static LocalConnectionState combined(Leg[] legs) {
        LocalConnectionState best = legs[0].state();
        for (Leg leg : legs) {
            if (rank(leg.state()) > rank(best)) {
                best = leg.state();
            }
        }
        return best;
    }

    private static int rank(LocalConnectionState state) {
        switch (state) {
            case CONNECTED:
                return 6;
            case HOLD:
                return 5;
            case ALERTING:
                return 4;
            case INITIATED:
                return 3;
            case QUEUED:
                return 2;
            case FAIL:
                return 1;
            default:
                return 0;
        }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CstaConnection)) {
            return false;
        }
        CstaConnection c = (CstaConnection) o;
        return ref.equals(c.ref) && state == c.state && party.equals(c.party) && Arrays.equals(legs, c.legs)
                && Objects.equals(owner, c.owner);
    }

    @Override
    public int hashCode() {
        return 31 * ref.hashCode() + state.hashCode();
    }

    @Override
    public String toString() {
        return ref.device() + ":" + state.wireName() + (legs.length == 0 ? "(placeholder of " + owner + ")" : legs());
    }
}
