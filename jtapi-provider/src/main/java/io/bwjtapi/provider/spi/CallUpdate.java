package io.bwjtapi.provider.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the switch reports about one call: the parties whose state is known, and the call's calling,
 * called and last-redirected addresses.
 * <p>
 * The call is named by a stable identifier chosen by the adapter: the same string for the whole life of the
 * call, across failover and across changes of BroadWorks' {@code extTrackingId}; the JTAPI layer offers it as
 * {@code BwCall.getCallId()}.
 * <p>
 * Given to {@link SwitchEventSink#callChanged(CallUpdate)} an update is a <em>delta</em>: the listed parties
 * are created or moved to their new state, parties not listed keep theirs; a party leaves with
 * {@link ConnectionState#DISCONNECTED}. Given in a snapshot ({@link ServiceSnapshot},
 * {@link SwitchEventSink#deviceInService}, {@link SwitchEventSink#deviceResynced}) an update is
 * <em>complete</em>: it lists every party the switch still knows, and parties it does not list are gone.
 * The addresses are {@code null} while unknown; a non-{@code null} value replaces the previous one.
 */
public final class CallUpdate {
    private final String callId;
    private final List<ConnectionUpdate> connections;
    private final String callingAddress;
    private final String callingTerminal;
    private final String calledAddress;
    private final String lastRedirectedAddress;

    private CallUpdate(Builder b) {
        this.callId = SpiChecks.name(b.callId, "callId");
        this.connections = SpiChecks.list(b.connections, "connections");
        this.callingAddress = b.callingAddress;
        this.callingTerminal = b.callingTerminal;
        this.calledAddress = b.calledAddress;
        this.lastRedirectedAddress = b.lastRedirectedAddress;
    }

    /**
     * @param callId the stable call identifier
     * @return a builder for an update of that call
     */
    public static Builder builder(String callId) {
        return new Builder(callId);
    }

    /**
     * @param callId the stable call identifier
     * @param connections the parties
     * @return an update with the parties only
     */
    public static CallUpdate of(String callId, ConnectionUpdate... connections) {
        Builder b = builder(callId);
        for (ConnectionUpdate c : connections) {
            b.connection(c);
        }
        return b.build();
    }

    /** @return the stable call identifier */
    public String callId() {
        return callId;
    }

    /** @return the parties, in the order their events are to be reported */
    public List<ConnectionUpdate> connections() {
        return connections;
    }

    /** @return the address that placed the call, or {@code null} if not known */
    public String callingAddress() {
        return callingAddress;
    }

    /** @return the terminal that placed the call, or {@code null} if not known or not local */
    public String callingTerminal() {
        return callingTerminal;
    }

    /** @return the address the call was first placed to, or {@code null} if not known */
    public String calledAddress() {
        return calledAddress;
    }

    /** @return the address the call was last redirected from, or {@code null} */
    public String lastRedirectedAddress() {
        return lastRedirectedAddress;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CallUpdate)) {
            return false;
        }
        CallUpdate other = (CallUpdate) o;
        return callId.equals(other.callId) && connections.equals(other.connections)
                && Objects.equals(callingAddress, other.callingAddress)
                && Objects.equals(callingTerminal, other.callingTerminal)
                && Objects.equals(calledAddress, other.calledAddress)
                && Objects.equals(lastRedirectedAddress, other.lastRedirectedAddress);
    }

    @Override
    public int hashCode() {
        return Objects.hash(callId, connections, callingAddress, callingTerminal, calledAddress, lastRedirectedAddress);
    }

    @Override
    public String toString() {
        return "CallUpdate[" + callId + " " + connections + (callingAddress == null ? "" : " from " + callingAddress)
                + (calledAddress == null ? "" : " to " + calledAddress)
                + (lastRedirectedAddress == null ? "" : " via " + lastRedirectedAddress) + "]";
    }

    /** Builds a {@link CallUpdate}. */
    public static final class Builder {
        private final String callId;
        private final List<ConnectionUpdate> connections = new ArrayList<>();
        private String callingAddress;
        private String callingTerminal;
        private String calledAddress;
        private String lastRedirectedAddress;

        private Builder(String callId) {
            this.callId = callId;
        }

        /** @param connection one more party @return this */
        public Builder connection(ConnectionUpdate connection) {
            connections.add(Objects.requireNonNull(connection, "connection"));
            return this;
        }

        /** @param address the calling address @return this */
        public Builder callingAddress(String address) {
            this.callingAddress = address;
            return this;
        }

        /** @param terminal the calling terminal @return this */
        public Builder callingTerminal(String terminal) {
            this.callingTerminal = terminal;
            return this;
        }

        /** @param address the called address @return this */
        public Builder calledAddress(String address) {
            this.calledAddress = address;
            return this;
        }

        /** @param address the last redirecting address @return this */
        public Builder lastRedirectedAddress(String address) {
            this.lastRedirectedAddress = address;
            return this;
        }

        /** @return the update */
        public CallUpdate build() {
            return new CallUpdate(this);
        }
    }
}
