package io.bwjtapi.xsi.subscription;

import io.bwjtapi.xsi.XsiResponse;
import java.util.List;
import java.util.Map;

/** The outcome of a bulk operation over many users: what succeeded, what BroadWorks refused, what failed. */
public final class BulkSubscribeResult {
    private final List<Subscription> subscribed;
    private final Map<String, XsiResponse<?>> refused;
    private final Map<String, Throwable> failed;

    /**
     * Creates a result.
     *
     * @param subscribed the subscriptions in place afterwards
     * @param refused users BroadWorks refused, with its answer (e.g. 403/404 for a deleted user)
     * @param failed users that could not be handled for transport reasons
     */
    public BulkSubscribeResult(List<Subscription> subscribed, Map<String, XsiResponse<?>> refused,
            Map<String, Throwable> failed) {
        this.subscribed = List.copyOf(subscribed);
        this.refused = Map.copyOf(refused);
        this.failed = Map.copyOf(failed);
    }

    /** @return the subscriptions in place afterwards */
    public List<Subscription> subscribed() {
        return subscribed;
    }

    /** @return users BroadWorks refused, with its answer */
    public Map<String, XsiResponse<?>> refused() {
        return refused;
    }

    /** @return users that failed for transport reasons, with the failure */
    public Map<String, Throwable> failed() {
        return failed;
    }

    /** @return whether every user succeeded */
    public boolean isComplete() {
        return refused.isEmpty() && failed.isEmpty();
    }

    @Override
    public String toString() {
        return "BulkSubscribeResult[subscribed=" + subscribed.size() + ", refused=" + refused.keySet() + ", failed="
                + failed.keySet() + "]";
    }
}
