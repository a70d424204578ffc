package io.bwjtapi.csta.model;

import java.util.ArrayList;
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
    private final List<Leg> legs;
    private final LegRef owner;

    private CstaConnection(ConnectionRef ref, LocalConnectionState state, Party party, List<Leg> legs,
            LegRef owner) {
        this.ref = Objects.requireNonNull(ref, "ref");
        this.state = Objects.requireNonNull(state, "state");
        this.party = Objects.requireNonNull(party, "party");
        this.legs = List.copyOf(legs);
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
        return new CstaConnection(ConnectionRef.of(call, party.device()), combined(legs), party, legs, null);
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
        return new CstaConnection(ConnectionRef.of(call, party.device()), state, party, List.of(), owner);
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
        return legs;
    }

    /** @return whether the device is monitored here (the connection has at least one leg) */
    public boolean isMonitored() {
        return !legs.isEmpty();
    }

    /** @return the Xsi callId of the first half, for Xsi-Actions; empty for a placeholder */
    public Optional<String> callId() {
        return legs.isEmpty() ? Optional.empty() : Optional.of(legs.get(0).callId());
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
        for (Leg leg : legs) {
            if (leg.callId().equals(callId)) {
                return Optional.of(leg);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns this connection with one half added or replaced (by callId); a placeholder becomes monitored.
     *
     * @param leg the half
     * @return the new connection
     */
    public CstaConnection withLeg(Leg leg) {
        List<Leg> next = new ArrayList<>(legs);
        int at = indexOf(leg.callId());
        if (at < next.size()) {
            next.set(at, leg);
        } else {
            next.add(leg);
        }
        return new CstaConnection(ref, combined(next), party, next, null);
    }

    /**
     * Returns this connection without one half; the caller removes a connection left without halves.
     *
     * @param callId the half's callId
     * @return the new connection, or {@code null} when no half is left
     */
    public CstaConnection withoutLeg(String callId) {
        List<Leg> next = new ArrayList<>(legs);
        next.removeIf(l -> l.callId().equals(callId));
        return next.isEmpty() ? null : new CstaConnection(ref, combined(next), party, next, null);
    }

    /** @return a placeholder with another state and owner */
    public CstaConnection withPlaceholderState(LocalConnectionState newState, LegRef newOwner) {
        return new CstaConnection(ref, newState, party, legs, newOwner);
    }

    /** @return this connection with the party details the other one knows */
    public CstaConnection withDetailsFrom(Party other) {
        return new CstaConnection(ref, state, party.withDetailsFrom(other), legs, owner);
    }

    /** @return the same connection in another call (after a merge) */
    public CstaConnection movedTo(CallRef call) {
        return new CstaConnection(ConnectionRef.of(call, device()), state, party, legs, owner);
    }

    private int indexOf(String callId) {
        for (int i = 0; i < legs.size(); i++) {
            if (legs.get(i).callId().equals(callId)) {
                return i;
            }
        }
        return legs.size();
    }

    /** The state of a device with several halves in one call: the most active of them. */
    private static LocalConnectionState combined(List<Leg> legs) {
        LocalConnectionState best = legs.get(0).state();
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
        return ref.equals(c.ref) && state == c.state && party.equals(c.party) && legs.equals(c.legs)
                && Objects.equals(owner, c.owner);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ref, state, legs);
    }

    @Override
    public String toString() {
        return ref.device() + ":" + state.wireName() + (legs.isEmpty() ? "(placeholder of " + owner + ")" : legs);
    }
}
