package io.bwjtapi.xsi.event;

import java.util.Objects;
import java.util.Optional;

/**
 * An event for one subscription (XSD {@code SubscriptionEvent}): the envelope that identifies and orders it,
 * and the typed {@link #data()}. {@code targetId} is optional on the wire: map an event to its monitored user
 * through {@link #subscriptionId()}.
 */
public final class SubscriptionEvent extends XsiEvent {
    private final String eventId;
    private final int sequenceNumber;
    private final String userId;
    private final String clientId;
    private final String externalApplicationId;
    private final String subscriptionId;
    private final String sharedSubscriptionId;
    private final String channelId;
    private final String httpContactUri;
    private final String targetId;
    private final String targetSubId;
    private final EventData data;

    private SubscriptionEvent(Builder b) {
        eventId = Objects.requireNonNull(b.eventId, "eventID");
        sequenceNumber = b.sequenceNumber;
        userId = b.userId;
        clientId = b.clientId;
        externalApplicationId = Objects.requireNonNull(b.externalApplicationId, "externalApplicationId");
        subscriptionId = Objects.requireNonNull(b.subscriptionId, "subscriptionId");
        sharedSubscriptionId = b.sharedSubscriptionId;
        channelId = b.channelId;
        httpContactUri = b.httpContactUri;
        targetId = b.targetId;
        targetSubId = b.targetSubId;
        data = Objects.requireNonNull(b.data, "eventData");
    }

    /** @return a builder for an event */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the event's unique id, echoed in its EventResponse */
    public String eventId() {
        return eventId;
    }

    /** @return the per-subscription sequence number, 1..2147483647, wrapping to 1 */
    public int sequenceNumber() {
        return sequenceNumber;
    }

    /** @return the user that owns the subscription (absent when a client application owns it) */
    public Optional<String> userId() {
        return Optional.ofNullable(userId);
    }

    /** @return the client application that owns the subscription (R23 system subscriptions) */
    public Optional<String> clientId() {
        return Optional.ofNullable(clientId);
    }

    /** @return the subscription's application id */
    public String externalApplicationId() {
        return externalApplicationId;
    }

    /** @return the subscription this event belongs to */
    public String subscriptionId() {
        return subscriptionId;
    }

    /** @return the shared subscription id, for shared subscriptions */
    public Optional<String> sharedSubscriptionId() {
        return Optional.ofNullable(sharedSubscriptionId);
    }

    /** @return the channel the event was sent on (absent for HTTP-contact delivery) */
    public Optional<String> channelId() {
        return Optional.ofNullable(channelId);
    }

    /** @return the HTTP contact URI the event was sent to (absent for channel delivery) */
    public Optional<String> httpContactUri() {
        return Optional.ofNullable(httpContactUri);
    }

    /** @return the monitored user; often absent on the wire */
    public Optional<String> targetId() {
        return Optional.ofNullable(targetId);
    }

    /** @return the target's sub-id (Meet-Me and similar targets) */
    public Optional<String> targetSubId() {
        return Optional.ofNullable(targetSubId);
    }

    /** @return the typed payload */
    public EventData data() {
        return data;
    }

    @Override
    public String typeName() {
        return "SubscriptionEvent";
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof SubscriptionEvent)) {
            return false;
        }
        SubscriptionEvent e = (SubscriptionEvent) o;
        return sequenceNumber == e.sequenceNumber && eventId.equals(e.eventId) && Objects.equals(userId, e.userId)
                && Objects.equals(clientId, e.clientId) && externalApplicationId.equals(e.externalApplicationId)
                && subscriptionId.equals(e.subscriptionId)
                && Objects.equals(sharedSubscriptionId, e.sharedSubscriptionId)
                && Objects.equals(channelId, e.channelId) && Objects.equals(httpContactUri, e.httpContactUri)
                && Objects.equals(targetId, e.targetId) && Objects.equals(targetSubId, e.targetSubId)
                && data.equals(e.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(eventId, sequenceNumber, subscriptionId, data);
    }

    @Override
    public String toString() {
        return "SubscriptionEvent[" + eventId + " #" + sequenceNumber + ", subscription=" + subscriptionId
                + ", owner=" + (userId != null ? userId : clientId) + ", target=" + targetId + ", channel="
                + (channelId != null ? channelId : httpContactUri) + ", app=" + externalApplicationId + ", " + data
                + "]";
    }

    /** Collects the envelope and payload of a {@link SubscriptionEvent}; not thread-safe. */
    public static final class Builder {
        private String eventId;
        private int sequenceNumber;
        private String userId;
        private String clientId;
        private String externalApplicationId;
        private String subscriptionId;
        private String sharedSubscriptionId;
        private String channelId;
        private String httpContactUri;
        private String targetId;
        private String targetSubId;
        private EventData data;

        private Builder() {
        }

        /**

         * Sets the event id.

         *

         * @param v the event id

         * @return this builder

         */
        public Builder eventId(String v) {
            eventId = v;
            return this;
        }

        /**

         * Sets the sequence number.

         *

         * @param v the sequence number

         * @return this builder

         */
        public Builder sequenceNumber(int v) {
            sequenceNumber = v;
            return this;
        }

        /**

         * Sets the owning user.

         *

         * @param v the owning user

         * @return this builder

         */
        public Builder userId(String v) {
            userId = v;
            return this;
        }

        /**

         * Sets the owning client application.

         *

         * @param v the owning client application

         * @return this builder

         */
        public Builder clientId(String v) {
            clientId = v;
            return this;
        }

        /**

         * Sets the subscription's application id.

         *

         * @param v the subscription's application id

         * @return this builder

         */
        public Builder externalApplicationId(String v) {
            externalApplicationId = v;
            return this;
        }

        /**

         * Sets the subscription id.

         *

         * @param v the subscription id

         * @return this builder

         */
        public Builder subscriptionId(String v) {
            subscriptionId = v;
            return this;
        }

        /**

         * Sets the shared subscription id.

         *

         * @param v the shared subscription id

         * @return this builder

         */
        public Builder sharedSubscriptionId(String v) {
            sharedSubscriptionId = v;
            return this;
        }

        /**

         * Sets the channel id.

         *

         * @param v the channel id

         * @return this builder

         */
        public Builder channelId(String v) {
            channelId = v;
            return this;
        }

        /**

         * Sets the HTTP contact URI.

         *

         * @param v the HTTP contact URI

         * @return this builder

         */
        public Builder httpContactUri(String v) {
            httpContactUri = v;
            return this;
        }

        /**

         * Sets the monitored user.

         *

         * @param v the monitored user

         * @return this builder

         */
        public Builder targetId(String v) {
            targetId = v;
            return this;
        }

        /**

         * Sets the target sub-id.

         *

         * @param v the target sub-id

         * @return this builder

         */
        public Builder targetSubId(String v) {
            targetSubId = v;
            return this;
        }

        /**

         * Sets the typed payload.

         *

         * @param v the typed payload

         * @return this builder

         */
        public Builder data(EventData v) {
            data = v;
            return this;
        }

        /**
         * Builds the event.
         *
         * @return the event
         * @throws NullPointerException when eventID, externalApplicationId, subscriptionId or the payload is missing
         */
        public SubscriptionEvent build() {
            return new SubscriptionEvent(this);
        }
    }
}
