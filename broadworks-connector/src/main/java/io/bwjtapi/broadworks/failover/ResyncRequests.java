package io.bwjtapi.broadworks.failover;

import io.bwjtapi.broadworks.internal.SwitchThread;
import io.bwjtapi.failover.DeviceId;
import io.bwjtapi.failover.fact.SubscriptionRefused;
import io.bwjtapi.xsi.subscription.Subscription;
import io.bwjtapi.xsi.subscription.SubscriptionManager;
import io.bwjtapi.xsi.subscription.SubscriptionRefusedException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out forced resyncs: refreshes the device's subscription (BroadWorks answers with a
 * CallSubscriptionEvent) or creates it where there is none, with a bounded number of requests in flight so that
 * resyncing thousands of devices does not overload the XSP. A refusal is reported by the backend's lifecycle
 * facts; a transport failure as a refusal with status 0, which the policy retries. Switch thread only.
 */
final class ResyncRequests {
    private static final Logger LOG = LoggerFactory.getLogger(ResyncRequests.class);

    private final SwitchThread thread;
    private final SubscriptionManager subscriptions;
    private final PolicyDriver driver;
    private final int limit;
    private final Deque<DeviceId> waiting = new ArrayDeque<>();
    private final Set<DeviceId> queued = new HashSet<>();
    private final Set<String> subscribed = new HashSet<>();
    private int inFlight;

    ResyncRequests(SwitchThread thread, SubscriptionManager subscriptions, PolicyDriver driver, int limit) {
        this.thread = thread;
        this.subscriptions = subscriptions;
        this.driver = driver;
        this.limit = limit;
    }

    /** @param devices devices to resync, in order; a device already waiting is not queued twice */
    void request(List<DeviceId> devices) {
        for (DeviceId device : devices) {
            if (queued.add(device)) {
                waiting.add(device);
            }
        }
        pump();
    }

    /** @param device a device that is no longer monitored: drop it from the queue */
    void cancel(DeviceId device) {
        if (queued.remove(device)) {
            waiting.remove(device);
        }
        subscribed.remove(device.userId());
    }

    private void pump() {
        while (inFlight < limit && !waiting.isEmpty()) {
            DeviceId device = waiting.poll();
            queued.remove(device);
            inFlight++;
            send(device.userId()).whenComplete((done, failure) -> thread.execute(() -> finished(device, failure)));
        }
    }

    private CompletableFuture<List<Subscription>> send(String userId) {
        try {
            return subscribed.add(userId) ? subscriptions.subscribe(userId) : subscriptions.refresh(userId);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private void finished(DeviceId device, Throwable failure) {
        inFlight--;
        if (failure != null) {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            if (cause instanceof SubscriptionRefusedException) {
                subscribed.remove(device.userId());
            } else {
                LOG.debug("Resync of {} failed: {}", device, cause.toString());
                if (!subscriptions.users().contains(device.userId())) {
                    subscribed.remove(device.userId()); // the client dropped it: create it next time
                }
                driver.fact(new SubscriptionRefused(device, 0));
            }
        }
        pump();
    }
}
