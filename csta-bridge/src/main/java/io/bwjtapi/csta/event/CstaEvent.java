package io.bwjtapi.csta.event;

import io.bwjtapi.csta.model.CallRef;
import io.bwjtapi.csta.model.ConnectionRef;
import io.bwjtapi.csta.model.DeviceId;
import io.bwjtapi.csta.model.LocalConnectionState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A CSTA call event. A closed hierarchy: one final subclass per {@link CstaEventType}; switch over
 * {@link #type()} and cast, or use {@link #accept(CstaEventVisitor)}. Every event names its call (stable
 * {@link CallRef} and current extTrackingId), its subject connection and that connection's state after the
 * event, the cause, the devices in their roles, and the view of the monitored device whose Xsi event caused
 * it ({@link #monitoredDevice()} with its {@link #localConnectionInfo()}). Immutable.
 */
public abstract class CstaEvent {
    private final CstaEventType type;
    private final CallRef call;
    private final String extTrackingId;
    private final ConnectionRef subject;
    private final LocalConnectionState subjectState;
    private final EventCause cause;
    private final DeviceId monitoredDevice;
    private final LocalConnectionState localConnectionInfo;
    private final Map<DeviceRole, DeviceId> devices;
    private final CallRef primaryOldCall;
    private final CallRef secondaryOldCall;
    private final List<ConnectionListItem> items;

    CstaEvent(Builder b) {
        this.type = b.type;
        this.call = Objects.requireNonNull(b.call, "call");
        this.extTrackingId = Objects.requireNonNull(b.extTrackingId, "extTrackingId");
        this.subject = b.type == CstaEventType.CALL_CLEARED ? null : Objects.requireNonNull(b.subject, "subject");
        this.subjectState = Objects.requireNonNull(b.subjectState, "subjectState");
        this.cause = Objects.requireNonNull(b.cause, "cause");
        this.monitoredDevice = Objects.requireNonNull(b.monitoredDevice, "monitoredDevice");
        this.localConnectionInfo = Objects.requireNonNull(b.localConnectionInfo, "localConnectionInfo");
        this.devices = b.devices;
        this.primaryOldCall = b.primaryOldCall;
        this.secondaryOldCall = b.secondaryOldCall;
        this.items = b.items.isEmpty() ? List.of() : List.copyOf(b.items);
    }

    /**
     * Starts an event.
     *
     * @param type the kind of event
     * @param call the call it concerns (for a transfer or conference: the resulting call)
     * @param extTrackingId the call's current extTrackingId
     * @return a builder
     */
    public static Builder builder(CstaEventType type, CallRef call, String extTrackingId) {
        return new Builder(type, call, extTrackingId);
    }

    /** @return the kind of event */
    public final CstaEventType type() {
        return type;
    }

    /** @return the call (for a transfer or conference: the resulting call) */
    public final CallRef call() {
        return call;
    }

    /** @return the call's current extTrackingId */
    public final String extTrackingId() {
        return extTrackingId;
    }

    /** @return the connection whose state changed; {@code null} only for {@link CallClearedEvent} */
    public ConnectionRef subject() {
        return subject;
    }

    /** @return the subject's local state after the event */
    public final LocalConnectionState subjectState() {
        return subjectState;
    }

    /** @return why it happened */
    public final EventCause cause() {
        return cause;
    }

    /** @return the monitored device whose Xsi event (or snapshot) produced this event */
    public final DeviceId monitoredDevice() {
        return monitoredDevice;
    }

    /** @return the monitored device's local state in the call after the event ({@code NULL} if not in it) */
    public final LocalConnectionState localConnectionInfo() {
        return localConnectionInfo;
    }

    /**
     * Returns the device in a role.
     *
     * @param role the role
     * @return the device, when the event names one
     */
    public final Optional<DeviceId> device(DeviceRole role) {
        return Optional.ofNullable(devices.get(role));
    }

    /** @return every device the event names, by role */
    public final Map<DeviceRole, DeviceId> devices() {
        return Collections.unmodifiableMap(devices);
    }

    /**
     * Calls the visitor's method for this event's type.
     *
     * @param visitor the visitor
     * @param <R> what the visitor returns
     * @return what the visitor returned
     */
    public abstract <R> R accept(CstaEventVisitor<R> visitor);

    /** Fails construction when a role the event type needs is missing. */
    final void requireDevice(DeviceRole role) {
        if (!devices.containsKey(role)) {
            throw new IllegalArgumentException(type + " needs a device in role " + role);
        }
    }

    CallRef primaryOldCall() {
        return primaryOldCall;
    }

    Optional<CallRef> secondaryOldCall() {
        return Optional.ofNullable(secondaryOldCall);
    }

    List<ConnectionListItem> items() {
        return items;
    }

    @Override
    public final boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CstaEvent)) {
            return false;
        }
        CstaEvent e = (CstaEvent) o;
        return type == e.type && call.equals(e.call) && extTrackingId.equals(e.extTrackingId)
                && Objects.equals(subject, e.subject) && subjectState == e.subjectState && cause == e.cause
                && monitoredDevice.equals(e.monitoredDevice) && localConnectionInfo == e.localConnectionInfo
                && devices.equals(e.devices) && Objects.equals(primaryOldCall, e.primaryOldCall)
                && Objects.equals(secondaryOldCall, e.secondaryOldCall) && items.equals(e.items);
    }

    @Override
    public final int hashCode() {
        return Objects.hash(type, call, subject, subjectState, cause);
    }

    @Override
    public final String toString() {
        StringBuilder s = new StringBuilder(type.wireName()).append('[').append(call).append(' ')
                .append(extTrackingId);
        if (subject != null) {
            s.append(", ").append(subject.device()).append('=').append(subjectState.wireName());
        }
        s.append(", ").append(cause.isEcma() ? cause.wireName() : cause.name()).append(", ").append(devices)
                .append(", lci ").append(monitoredDevice).append('=').append(localConnectionInfo.wireName());
        if (primaryOldCall != null) {
            s.append(", old ").append(primaryOldCall).append('+').append(secondaryOldCall).append(' ').append(items);
        }
        return s.append(']').toString();
    }

    /** Collects an event's parts; {@link #build()} checks them and creates the subclass for the type. */
    public static final class Builder {
        private final CstaEventType type;
        private final CallRef call;
        private final String extTrackingId;
        private ConnectionRef subject;
        private LocalConnectionState subjectState = LocalConnectionState.NULL;
        private EventCause cause;
        private DeviceId monitoredDevice;
        private LocalConnectionState localConnectionInfo;
        private final Map<DeviceRole, DeviceId> devices = new EnumMap<>(DeviceRole.class);
        private CallRef primaryOldCall;
        private CallRef secondaryOldCall;
        private final List<ConnectionListItem> items = new ArrayList<>(0);
        private boolean built;

        private Builder(CstaEventType type, CallRef call, String extTrackingId) {
            this.type = Objects.requireNonNull(type, "type");
            this.call = call;
            this.extTrackingId = extTrackingId;
        }

        /**
         * Names the connection whose state changed.
         *
         * @param connection the subject
         * @param state its state after the event
         * @return this builder
         */
        public Builder subject(ConnectionRef connection, LocalConnectionState state) {
            this.subject = connection;
            this.subjectState = state;
            return this;
        }

        /**
         * Sets the cause.
         *
         * @param value the cause
         * @return this builder
         */
        public Builder cause(EventCause value) {
            this.cause = value;
            return this;
        }

        /**
         * Names the monitored device whose view this is.
         *
         * @param device the device whose Xsi event caused the event
         * @param state its local state in the call after the event
         * @return this builder
         */
        public Builder monitor(DeviceId device, LocalConnectionState state) {
            this.monitoredDevice = device;
            this.localConnectionInfo = state;
            return this;
        }

        /**
         * Names a device in a role; {@code null} leaves the role out.
         *
         * @param role the role
         * @param device the device, or {@code null}
         * @return this builder
         */
        public Builder device(DeviceRole role, DeviceId device) {
            if (device != null) {
                devices.put(role, device);
            }
            return this;
        }

        /**
         * Names the calls a transfer or conference merged.
         *
         * @param primary the call that survives
         * @param secondary the call merged into it, or {@code null} when only one call was involved
         * @return this builder
         */
        public Builder oldCalls(CallRef primary, CallRef secondary) {
            this.primaryOldCall = primary;
            this.secondaryOldCall = secondary;
            return this;
        }

        /**
         * Adds how a connection changed in a transfer or conference.
         *
         * @param item the change
         * @return this builder
         */
        public Builder item(ConnectionListItem item) {
            items.add(Objects.requireNonNull(item, "item"));
            return this;
        }

        /** @return the event; fails when a part the type needs is missing. A builder builds one event. */
        public CstaEvent build() {
            if (built) {
                throw new IllegalStateException("a builder builds one event");
            }
            built = true;
            switch (type) {
                case SERVICE_INITIATED:
                    return new ServiceInitiatedEvent(this);
                case ORIGINATED:
                    return new OriginatedEvent(this);
                case DELIVERED:
                    return new DeliveredEvent(this);
                case ESTABLISHED:
                    return new EstablishedEvent(this);
                case HELD:
                    return new HeldEvent(this);
                case RETRIEVED:
                    return new RetrievedEvent(this);
                case CONNECTION_CLEARED:
                    return new ConnectionClearedEvent(this);
                case CALL_CLEARED:
                    return new CallClearedEvent(this);
                case DIVERTED:
                    return new DivertedEvent(this);
                case TRANSFERRED:
                    return new TransferredEvent(this);
                case CONFERENCED:
                    return new ConferencedEvent(this);
                case FAILED:
                    return new FailedEvent(this);
                default:
                    return new NetworkReachedEvent(this);
            }
        }
    }
}
