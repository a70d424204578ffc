package io.bwjtapi.failover.fact;

import io.bwjtapi.failover.DeviceId;
import java.util.Objects;

/**
 * BroadWorks refused to create a device's subscription. Statuses that will not change by retrying (400, 403,
 * 404, 410) close the device for good; anything else (409, 5xx, or 0 for a transport failure) is retried with
 * backoff.
 */
public final class SubscriptionRefused extends DeviceFact {
    private final int httpStatus;

    /**
     * @param device the device
     * @param httpStatus the HTTP status of the refusal, or 0 when the request failed in transport
     */
    public SubscriptionRefused(DeviceId device, int httpStatus) {
        super(device);
        if (httpStatus != 0 && (httpStatus < 400 || httpStatus > 599)) {
            throw new IllegalArgumentException("refusal status must be 0 or 400..599, was " + httpStatus);
        }
        this.httpStatus = httpStatus;
    }

    /** @return the HTTP status, or 0 for a transport failure */
    public int httpStatus() {
        return httpStatus;
    }

    /** @return whether retrying cannot help: the user is unknown, forbidden or the request is invalid */
    public boolean isPermanent() {
        return httpStatus == 400 || httpStatus == 403 || httpStatus == 404 || httpStatus == 410;
    }

    @Override
    public void accept(FactVisitor visitor) {
        visitor.subscriptionRefused(this);
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other) && httpStatus == ((SubscriptionRefused) other).httpStatus;
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), httpStatus);
    }

    @Override
    public String toString() {
        return "SubscriptionRefused[" + device() + ", " + httpStatus + "]";
    }
}
