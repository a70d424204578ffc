package io.bwjtapi.xsi.subscription;

import io.bwjtapi.xsi.XsiException;
import io.bwjtapi.xsi.XsiResponse;
import io.bwjtapi.xsi.channel.EventChannelSet;
import io.bwjtapi.xsi.internal.Backoff;
import io.bwjtapi.xsi.internal.ClientContext;
import io.bwjtapi.xsi.internal.XsiPaths;
import io.bwjtapi.xsi.internal.delivery.SubscriptionDirectory;
import io.bwjtapi.xsi.internal.http.HttpResult;
import io.bwjtapi.xsi.internal.http.HttpTarget;
import io.bwjtapi.xsi.internal.http.XsiRequest;
import io.bwjtapi.xsi.internal.xml.XsiRequestBodies;
import io.bwjtapi.xsi.internal.xml.XsiResponseReader;
import io.bwjtapi.xsi.model.EventPackage;
import io.netty.handler.codec.http.HttpMethod;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One user-target subscription per monitored user and configured event package, bound to the client's
 * channel set: creates them (in bulk with bounded concurrency and backoff on 503), refreshes them at half
 * their granted expiry, re-creates them after SubscriptionTerminatedEvent or a refused refresh, forces a
 * resync on request, and maps subscriptionIds back to users (targetId is optional on the wire).
 */
public final class SubscriptionManager implements SubscriptionDirectory {
    private static final Logger LOG = LoggerFactory.getLogger(SubscriptionManager.class);
    private static final long NEVER_EXPIRES = 2_147_483_647L;

    private final ClientContext ctx;
    private final EventChannelSet channels;
    private final Consumer<String> known;
    private final Consumer<String> forget;
    private final Backoff backoff;
    private final Map<String, SubscriptionEntry> entries = new ConcurrentHashMap<>();
    private final Map<String, Subscription> bySubscriptionId = new ConcurrentHashMap<>();

    /**
     * Creates the manager of a client.
     *
     * @param ctx the client's shared parts
     * @param channels the channel set (requests go to an XSP that holds a live channel)
     * @param known told when a subscriptionId becomes known (its held events can be delivered)
     * @param forget told when a subscriptionId is gone (its sequence state can be dropped)
     */
    public SubscriptionManager(ClientContext ctx, EventChannelSet channels, Consumer<String> known,
            Consumer<String> forget) {
        this.ctx = ctx;
        this.channels = channels;
        this.known = known;
        this.forget = forget;
        this.backoff = new Backoff(ctx.config().overloadBackoff(), ctx.config().overloadBackoffMax());
    }

    /**
     * Subscribes a user to every configured event package (no request for packages already subscribed). Call
     * Center Agent should only be requested for agents: use {@link #subscribe(String, List)} for them.
     *
     * @param userId the user to monitor
     * @return the user's subscriptions; fails with {@link SubscriptionRefusedException} when BroadWorks refuses
     *     (e.g. 403/404 for a deleted user) or a transport exception once the retries are used up
     */
    public CompletableFuture<List<Subscription>> subscribe(String userId) {
        return subscribe(userId, ctx.config().eventPackages());
    }

    /**
     * Subscribes a user to the given event packages, e.g. Call Center Agent for agents only.
     *
     * @param userId the user to monitor
     * @param packages the packages (one subscription each)
     * @return the user's subscriptions to these packages; fails like {@link #subscribe(String)}
     */
    public CompletableFuture<List<Subscription>> subscribe(String userId, List<EventPackage> packages) {
        List<CompletableFuture<Subscription>> each = new ArrayList<>();
        for (EventPackage p : packages) {
            if (p == EventPackage.UNRECOGNIZED) {
                throw new IllegalArgumentException("not an event package: " + p);
            }
            each.add(subscribe(userId, p));
        }
        return all(each);
    }

    /**
     * Subscribes many users with at most the configured number of requests in flight.
     *
     * @param userIds the users (duplicates ignored)
     * @return what was subscribed, refused and failed; never fails itself
     */
    public CompletableFuture<BulkSubscribeResult> subscribeAll(Collection<String> userIds) {
        return subscribeAll(userIds, ctx.config().eventPackages());
    }

    /**
     * Subscribes many users to the given packages with at most the configured number of requests in flight.
     *
     * @param userIds the users (duplicates ignored)
     * @param packages the packages each user is subscribed to
     * @return what was subscribed, refused and failed; never fails itself
     */
    public CompletableFuture<BulkSubscribeResult> subscribeAll(Collection<String> userIds,
            List<EventPackage> packages) {
        List<EventPackage> copy = List.copyOf(packages);
        return BulkRunner.run(userIds, ctx.config().bulkConcurrency(), user -> subscribe(user, copy));
    }

    /**
     * Forces a resync of a user: refreshes the user's subscriptions, which makes BroadWorks send a fresh
     * CallSubscriptionEvent (re-creating a subscription BroadWorks no longer knows).
     *
     * @param userId a subscribed user
     * @return the user's subscriptions afterwards
     */
    public CompletableFuture<List<Subscription>> refresh(String userId) {
        List<CompletableFuture<Subscription>> each = new ArrayList<>();
        for (SubscriptionEntry entry : entriesOf(userId)) {
            each.add(refresh(entry));
        }
        if (each.isEmpty()) {
            return CompletableFuture.failedFuture(new XsiException(userId + " is not subscribed"));
        }
        return all(each);
    }

    /**
     * Forces a resync of every subscribed user, with bounded concurrency.
     *
     * @return what was refreshed, refused and failed
     */
    public CompletableFuture<BulkSubscribeResult> refreshAll() {
        return BulkRunner.run(users(), ctx.config().bulkConcurrency(), this::refresh);
    }

    /**
     * Stops monitoring a user: deletes the user's subscriptions.
     *
     * @param userId the user
     * @return completes when BroadWorks answered the deletes (whatever the answer)
     */
    public CompletableFuture<Void> unsubscribe(String userId) {
        List<CompletableFuture<?>> deletes = new ArrayList<>();
        for (SubscriptionEntry candidate : entriesOf(userId)) {
            SubscriptionEntry entry = entries.remove(key(userId, candidate.eventPackage()));
            if (entry != null) {
                Subscription s = entry.retire();
                if (s != null) {
                    bySubscriptionId.remove(s.subscriptionId());
                    forget.accept(s.subscriptionId());
                    deletes.add(delete(s.subscriptionId()));
                }
            }
        }
        return CompletableFuture.allOf(deletes.toArray(new CompletableFuture<?>[0]));
    }

    /** @return the subscriptions in place now */
    public List<Subscription> subscriptions() {
        return new ArrayList<>(bySubscriptionId.values());
    }

    /** @return the users being monitored (including ones whose subscription is being re-created) */
    public Set<String> users() {
        Set<String> users = new TreeSet<>();
        entries.values().forEach(e -> users.add(e.userId()));
        return users;
    }

    /**
     * Looks up a subscription of this client.
     *
     * @param subscriptionId the id from an event
     * @return the subscription, when it is this client's
     */
    public Optional<Subscription> bySubscriptionId(String subscriptionId) {
        return Optional.ofNullable(bySubscriptionId.get(subscriptionId));
    }

    @Override
    public Subscription find(String subscriptionId) {
        return bySubscriptionId.get(subscriptionId);
    }

    @Override
    public void terminated(Subscription subscription) {
        SubscriptionEntry entry = entries.get(key(subscription.userId(), subscription.eventPackage()));
        if (entry != null && entry.isCurrent(subscription.subscriptionId())) {
            lose(entry, SubscriptionLossReason.TERMINATED_EVENT);
        }
    }

    @Override
    public void unknown(String subscriptionId) {
        if (!bySubscriptionId.containsKey(subscriptionId)) {
            // Left over in this channel set (e.g. by an earlier run): delete it so it stops sending events.
            delete(subscriptionId);
        }
    }

    /** Cancels every refresh timer (the client is closing); subscriptions stay on the server. */
    public void close() {
        entries.values().forEach(SubscriptionEntry::cancelRefresh);
    }

    private CompletableFuture<Subscription> subscribe(String userId, EventPackage p) {
        return ensure(entries.computeIfAbsent(key(userId, p), k -> new SubscriptionEntry(userId, p)));
    }

    private CompletableFuture<Subscription> ensure(SubscriptionEntry entry) {
        if (entry.isRetired()) {
            return CompletableFuture.failedFuture(new XsiException(entry.userId() + " was unsubscribed"));
        }
        return entry.ensure(() -> {
            CompletableFuture<Subscription> created = new CompletableFuture<>();
            create(entry, 1, created);
            return created;
        });
    }

    private void create(SubscriptionEntry entry, int attempt, CompletableFuture<Subscription> result) {
        var config = ctx.config();
        XsiRequest post = XsiRequest.withBody(HttpMethod.POST, XsiPaths.userSubscription(entry.userId()),
                XsiRequestBodies.subscription(entry.eventPackage(), config.subscriptionExpires(), config.channelSetId(),
                        config.applicationName()));
        ctx.send(target(), post).whenComplete((answer, failure) -> {
            if (answer != null && answer.status() >= 200 && answer.status() < 300) {
                created(entry, post, answer, result);
            } else if (failure != null || answer.status() == 503) {
                retry(attempt, failure, post, next -> create(entry, next, result),
                        () -> refuse(entry, post, answer, failure, result));
            } else {
                refuse(entry, post, answer, null, result);
            }
        });
    }

    private void created(SubscriptionEntry entry, XsiRequest post, HttpResult answer, CompletableFuture<Subscription> result) {
        XsiResponseReader.IdAndExpiry granted;
        try {
            granted = ctx.reader().read(answer.body(), "Subscription", c -> XsiResponseReader.idAndExpiry(c, "subscriptionId"));
        } catch (XsiException e) {
            complete(result, null, e);
            return;
        }
        long expires = granted.expires() > 0 ? granted.expires() : ctx.config().subscriptionExpires();
        Subscription s = new Subscription(entry.userId(), entry.eventPackage(), granted.id(), expires);
        if (granted.id() == null || !entry.install(s)) {
            // Unsubscribed while the request was in flight (or a malformed answer): do not keep it.
            if (granted.id() != null) {
                delete(granted.id());
            }
            complete(result, null, new XsiException(post + " answered without a usable subscription for "
                    + entry.userId()));
            return;
        }
        bySubscriptionId.put(s.subscriptionId(), s);
        known.accept(s.subscriptionId());
        LOG.debug("Subscribed {}", s);
        ctx.facts().fire(l -> l.subscriptionCreated(s));
        scheduleRefresh(entry, s);
        complete(result, s, null);
    }

    private void refuse(SubscriptionEntry entry, XsiRequest post, HttpResult answer, Throwable failure,
            CompletableFuture<Subscription> result) {
        if (answer == null) {
            complete(result, null, failure);
            return;
        }
        XsiResponse<Void> response = ctx.toResponse(post, answer, null, c -> null);
        LOG.info("Subscription of {} to {} refused: {}", entry.userId(), entry.eventPackage().wireName(), response);
        entries.remove(key(entry.userId(), entry.eventPackage()), entry);
        ctx.facts().fire(l -> l.subscriptionRefused(entry.userId(), entry.eventPackage(), response));
        complete(result, null, new SubscriptionRefusedException(entry.userId(), entry.eventPackage(), response));
    }

    private CompletableFuture<Subscription> refresh(SubscriptionEntry entry) {
        Subscription s = entry.current();
        if (s == null) {
            return ensure(entry);
        }
        CompletableFuture<Subscription> result = new CompletableFuture<>();
        refresh(entry, s, 1, result);
        return result;
    }

    private void refresh(SubscriptionEntry entry, Subscription s, int attempt, CompletableFuture<Subscription> result) {
        XsiRequest put = XsiRequest.withBody(HttpMethod.PUT, XsiPaths.subscription(s.subscriptionId()),
                XsiRequestBodies.subscriptionUpdate(ctx.config().subscriptionExpires()));
        ctx.send(target(), put).whenComplete((answer, failure) -> {
            if (!entry.isCurrent(s.subscriptionId())) {
                complete(result, entry.current(), entry.current() == null ? new XsiException("subscription of "
                        + entry.userId() + " is being re-created") : null);
            } else if (answer != null && answer.status() >= 200 && answer.status() < 300) {
                refreshed(entry, s, answer, result);
            } else if (answer != null && (answer.status() == 403 || answer.status() == 404)) {
                lose(entry, SubscriptionLossReason.REFRESH_REJECTED).whenComplete((c, e) -> complete(result, c, e));
            } else {
                retry(attempt, failure, put, next -> refresh(entry, s, next, result), () -> {
                    scheduleRetryRefresh(entry, s);
                    complete(result, null, failure != null ? failure
                            : new XsiException(put + " failed: HTTP " + answer.status()));
                });
            }
        });
    }

    private void refreshed(SubscriptionEntry entry, Subscription s, HttpResult answer, CompletableFuture<Subscription> result) {
        long granted = s.grantedExpires();
        try {
            long e = ctx.reader().read(answer.body(), "Subscription",
                    c -> XsiResponseReader.idAndExpiry(c, "subscriptionId")).expires();
            granted = e > 0 ? e : granted;
        } catch (XsiException unreadable) {
            LOG.debug("Unreadable subscription refresh answer: {}", unreadable.getMessage());
        }
        Subscription updated = s.withGrantedExpires(granted);
        entry.update(updated);
        bySubscriptionId.put(updated.subscriptionId(), updated);
        ctx.facts().fire(l -> l.subscriptionRefreshed(updated));
        scheduleRefresh(entry, updated);
        complete(result, updated, null);
    }

    /** The subscription is gone on the server: report it and create a new one. */
    private CompletableFuture<Subscription> lose(SubscriptionEntry entry, SubscriptionLossReason reason) {
        Subscription old = entry.clearCurrent();
        if (old == null) {
            return ensure(entry);
        }
        bySubscriptionId.remove(old.subscriptionId());
        forget.accept(old.subscriptionId());
        LOG.info("Lost {} ({}); re-creating it", old, reason);
        ctx.facts().fire(l -> l.subscriptionLost(old, reason));
        CompletableFuture<Subscription> recreated = ensure(entry);
        recreated.whenComplete((current, failure) -> {
            if (current != null) {
                ctx.facts().fire(l -> l.subscriptionRecreated(old, current));
            } else if (!(failure instanceof SubscriptionRefusedException) && !entry.isRetired()) {
                // Transport trouble: keep trying while the user is still wanted.
                ctx.nextLoop().schedule(() -> lose(entry, reason), backoff.maxMillis(), TimeUnit.MILLISECONDS);
            }
        });
        return recreated;
    }

    private void scheduleRefresh(SubscriptionEntry entry, Subscription s) {
        if (s.grantedExpires() >= NEVER_EXPIRES) {
            return;
        }
        long delay = Math.max(1000, s.grantedExpires() * 1000 / 2);
        entry.refreshTimer(ctx.nextLoop().schedule(() -> refresh(entry), delay, TimeUnit.MILLISECONDS));
    }

    private void scheduleRetryRefresh(SubscriptionEntry entry, Subscription s) {
        entry.refreshTimer(ctx.nextLoop().schedule(() -> refresh(entry), backoff.maxMillis(), TimeUnit.MILLISECONDS));
    }

    /** Retries after 503 or transport loss with backoff, or gives up after the configured attempts. */
    private void retry(int attempt, Throwable failure, XsiRequest request, IntConsumer again, Runnable giveUp) {
        if (attempt >= ctx.config().subscribeAttempts()) {
            giveUp.run();
            return;
        }
        long delay = backoff.delayMillis(attempt);
        LOG.debug("{} {}; attempt {} in {} ms", request, failure != null ? failure.getMessage() : "answered 503",
                attempt + 1, delay);
        ctx.nextLoop().schedule(() -> again.accept(attempt + 1), delay, TimeUnit.MILLISECONDS);
    }

    private CompletableFuture<HttpResult> delete(String subscriptionId) {
        return ctx.send(target(), XsiRequest.of(HttpMethod.DELETE, XsiPaths.subscription(subscriptionId)))
                .whenComplete((answer, failure) -> LOG.debug("DELETE subscription {}: {}", subscriptionId,
                        failure != null ? failure.getMessage() : answer));
    }

    private HttpTarget target() {
        return HttpTarget.of(channels.preferredEndpoint());
    }

    private void complete(CompletableFuture<Subscription> result, Subscription value, Throwable failure) {
        ctx.callbacks().execute(() -> {
            if (failure != null) {
                result.completeExceptionally(failure);
            } else {
                result.complete(value);
            }
        });
    }

    private CompletableFuture<List<Subscription>> all(List<CompletableFuture<Subscription>> each) {
        return CompletableFuture.allOf(each.toArray(new CompletableFuture<?>[0])).thenApply(v -> {
            List<Subscription> done = new ArrayList<>();
            each.forEach(f -> done.add(f.join()));
            return done;
        });
    }

    private List<SubscriptionEntry> entriesOf(String userId) {
        List<SubscriptionEntry> found = new ArrayList<>();
        for (EventPackage p : EventPackage.values()) {
            SubscriptionEntry entry = entries.get(key(userId, p));
            if (entry != null) {
                found.add(entry);
            }
        }
        return found;
    }

    private static String key(String userId, EventPackage p) {
        return userId + '\n' + p.name();
    }
}
