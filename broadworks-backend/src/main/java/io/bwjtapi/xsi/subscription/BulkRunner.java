package io.bwjtapi.xsi.subscription;

import io.bwjtapi.xsi.XsiResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** Runs one asynchronous operation per user with bounded concurrency and collects the outcomes. */
final class BulkRunner {
    private final Iterator<String> users;
    private final Function<String, CompletableFuture<List<Subscription>>> operation;
    private final List<Subscription> done = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, XsiResponse<?>> refused = new ConcurrentHashMap<>();
    private final Map<String, Throwable> failed = new ConcurrentHashMap<>();
    private final CompletableFuture<BulkSubscribeResult> result = new CompletableFuture<>();
    private final AtomicInteger running = new AtomicInteger();

    private BulkRunner(Collection<String> users, Function<String, CompletableFuture<List<Subscription>>> operation) {
        this.users = new LinkedHashSet<>(users).iterator();
        this.operation = operation;
    }

    static CompletableFuture<BulkSubscribeResult> run(Collection<String> users, int concurrency,
            Function<String, CompletableFuture<List<Subscription>>> operation) {
        BulkRunner runner = new BulkRunner(users, operation);
        runner.running.set(1); // the starter itself, so the result cannot complete while workers start
        for (int i = 0; i < concurrency; i++) {
            runner.running.incrementAndGet();
            runner.next();
        }
        runner.finished();
        return runner.result;
    }

    /** Works through users until one is in flight (then continues from its completion) or none is left. */
    private void next() {
        while (true) {
            String user;
            synchronized (users) {
                user = users.hasNext() ? users.next() : null;
            }
            if (user == null) {
                finished();
                return;
            }
            CompletableFuture<List<Subscription>> step;
            try {
                step = operation.apply(user);
            } catch (RuntimeException e) {
                step = CompletableFuture.failedFuture(e);
            }
            if (step.isDone()) { // e.g. already subscribed: loop instead of recursing
                step.handle((subscriptions, failure) -> record(user, subscriptions, failure));
                continue;
            }
            step.whenComplete((subscriptions, failure) -> {
                record(user, subscriptions, failure);
                next();
            });
            return;
        }
    }

    private Void record(String user, List<Subscription> subscriptions, Throwable failure) {
        if (failure == null) {
            done.addAll(subscriptions);
            return null;
        }
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                : failure;
        if (cause instanceof SubscriptionRefusedException) {
            refused.put(user, ((SubscriptionRefusedException) cause).response());
        } else {
            failed.put(user, cause);
        }
        return null;
    }

    private void finished() {
        if (running.decrementAndGet() == 0) {
            result.complete(new BulkSubscribeResult(done, refused, failed));
        }
    }
}
