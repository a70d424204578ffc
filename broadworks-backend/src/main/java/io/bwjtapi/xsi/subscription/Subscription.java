package io.bwjtapi.xsi.subscription;

import io.bwjtapi.xsi.model.EventPackage;
import java.util.Objects;

/** One user-target subscription as BroadWorks granted it. Immutable. */
public final class Subscription {
    private final String userId;
    private final EventPackage eventPackage;
    private final String subscriptionId;
    private final long grantedExpires;

    /**
     * Creates a subscription value.
     *
     * @param userId the monitored user
     * @param eventPackage the event package
     * @param subscriptionId the id BroadWorks assigned
     * @param grantedExpires the granted expiry in seconds (2147483647 = never)
     */
    public Subscription(String userId, EventPackage eventPackage, String subscriptionId, long grantedExpires) {
        this.userId = Objects.requireNonNull(userId, "userId");
        this.eventPackage = Objects.requireNonNull(eventPackage, "eventPackage");
        this.subscriptionId = Objects.requireNonNull(subscriptionId, "subscriptionId");
        this.grantedExpires = grantedExpires;
    }

    /** @return the monitored user */
    public String userId() {
        return userId;
    }

    /** @return the event package */
    public EventPackage eventPackage() {
        return eventPackage;
    }

    /** @return the subscription id */
    public String subscriptionId() {
        return subscriptionId;
    }

    /** @return the granted expiry in seconds */
    public long grantedExpires() {
        return grantedExpires;
    }

    /**
     * Returns a copy with a new granted expiry.
     *
     * @param expires the expiry granted by a refresh
     * @return the updated subscription
     */
    public Subscription withGrantedExpires(long expires) {
        return new Subscription(userId, eventPackage, subscriptionId, expires);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Subscription)) {
            return false;
        }
        Subscription other = (Subscription) o;
        return grantedExpires == other.grantedExpires && userId.equals(other.userId)
                && eventPackage == other.eventPackage && subscriptionId.equals(other.subscriptionId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(userId, eventPackage, subscriptionId, grantedExpires);
    }

    @Override
    public String toString() {
        return "Subscription[" + userId + ", " + eventPackage.wireName() + ", " + subscriptionId + ", expires="
                + grantedExpires + "]";
    }
}
