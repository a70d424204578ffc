package io.bwjtapi.xsi.subscription;

import io.bwjtapi.xsi.model.EventPackage;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Supplier;

/**
 * The wanted subscription of one user to one package: the one in place (if any), the creation in flight
 * (so concurrent requests share it) and the refresh timer. Thread-safe (monitor).
 */
final class SubscriptionEntry {
    private final String userId;
    private final EventPackage eventPackage;
    private Subscription current;
    private CompletableFuture<Subscription> creating;
    private ScheduledFuture<?> refreshTimer;
    private boolean retired;

    SubscriptionEntry(String userId, EventPackage eventPackage) {
        this.userId = userId;
        this.eventPackage = eventPackage;
    }

    String userId() {
        return userId;
    }

    EventPackage eventPackage() {
        return eventPackage;
    }

    synchronized Subscription current() {
        return current;
    }

    synchronized boolean isCurrent(String subscriptionId) {
        return current != null && current.subscriptionId().equals(subscriptionId);
    }

    synchronized boolean isRetired() {
        return retired;
    }

    /** Returns the subscription in place, the creation in flight, or starts one. */
    synchronized CompletableFuture<Subscription> ensure(Supplier<CompletableFuture<Subscription>> create) {
        if (current != null) {
            return CompletableFuture.completedFuture(current);
        }
        if (creating == null) {
            CompletableFuture<Subscription> started = create.get();
            creating = started;
            started.whenComplete((s, e) -> finishedCreating(started));
        }
        return creating;
    }

    private synchronized void finishedCreating(CompletableFuture<Subscription> done) {
        if (creating == done) {
            creating = null;
        }
    }

    /** @return whether the new subscription was taken (not when the user was unsubscribed meanwhile) */
    synchronized boolean install(Subscription s) {
        if (retired) {
            return false;
        }
        current = s;
        return true;
    }

    synchronized void update(Subscription s) {
        if (current != null && current.subscriptionId().equals(s.subscriptionId())) {
            current = s;
        }
    }

    synchronized Subscription clearCurrent() {
        Subscription old = current;
        current = null;
        cancelRefresh();
        return old;
    }

    /** Marks the entry unwanted; returns the subscription that was in place. */
    synchronized Subscription retire() {
        retired = true;
        return clearCurrent();
    }

    synchronized void refreshTimer(ScheduledFuture<?> timer) {
        cancelRefresh();
        if (retired) {
            timer.cancel(false);
        } else {
            refreshTimer = timer;
        }
    }

    synchronized void cancelRefresh() {
        if (refreshTimer != null) {
            refreshTimer.cancel(false);
            refreshTimer = null;
        }
    }
}
