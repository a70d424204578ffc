package io.bwjtapi.xsi.it;

import io.bwjtapi.xsi.XsiEndpoint;
import io.bwjtapi.xsi.XsiLifecycleListener;
import io.bwjtapi.xsi.XsiResponse;
import io.bwjtapi.xsi.channel.ChannelCloseReason;
import io.bwjtapi.xsi.channel.ChannelOpenFailure;
import io.bwjtapi.xsi.channel.EventChannel;
import io.bwjtapi.xsi.model.EventPackage;
import io.bwjtapi.xsi.subscription.Subscription;
import io.bwjtapi.xsi.subscription.SubscriptionLossReason;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** Records every fact as a {@link Fact} (name plus details) in arrival order. */
final class RecordingListener implements XsiLifecycleListener {
    /** One recorded fact. */
    record Fact(String name, Object subject, Object detail) {
        @Override
        public String toString() {
            return name + "(" + subject + (detail == null ? "" : ", " + detail) + ")";
        }
    }

    private final List<Fact> facts = new CopyOnWriteArrayList<>();

    List<Fact> all() {
        return new ArrayList<>(facts);
    }

    List<Fact> named(String name) {
        return facts.stream().filter(f -> f.name().equals(name)).toList();
    }

    boolean has(String name) {
        return !named(name).isEmpty();
    }

    boolean has(String name, Predicate<Fact> condition) {
        return named(name).stream().anyMatch(condition);
    }

    List<String> names() {
        return facts.stream().map(Fact::name).toList();
    }

    void clear() {
        facts.clear();
    }

    private void record(String name, Object subject, Object detail) {
        facts.add(new Fact(name, subject, detail));
    }

    @Override
    public void channelOpening(XsiEndpoint endpoint) {
        record("channelOpening", endpoint, null);
    }

    @Override
    public void channelOpened(EventChannel channel) {
        record("channelOpened", channel, null);
    }

    @Override
    public void channelOpenFailed(XsiEndpoint endpoint, ChannelOpenFailure failure) {
        record("channelOpenFailed", endpoint, failure);
    }

    @Override
    public void channelRefreshed(EventChannel channel, long grantedExpires) {
        record("channelRefreshed", channel, grantedExpires);
    }

    @Override
    public void channelClosed(EventChannel channel, ChannelCloseReason reason) {
        record("channelClosed", channel, reason);
    }

    @Override
    public void heartbeatSent(EventChannel channel) {
        record("heartbeatSent", channel, null);
    }

    @Override
    public void heartbeatAnswered(EventChannel channel) {
        record("heartbeatAnswered", channel, null);
    }

    @Override
    public void heartbeatMissed(EventChannel channel, int consecutiveMisses) {
        record("heartbeatMissed", channel, consecutiveMisses);
    }

    @Override
    public void subscriptionCreated(Subscription subscription) {
        record("subscriptionCreated", subscription, null);
    }

    @Override
    public void subscriptionRefreshed(Subscription subscription) {
        record("subscriptionRefreshed", subscription, null);
    }

    @Override
    public void subscriptionLost(Subscription subscription, SubscriptionLossReason reason) {
        record("subscriptionLost", subscription, reason);
    }

    @Override
    public void subscriptionRecreated(Subscription previous, Subscription current) {
        record("subscriptionRecreated", previous, current);
    }

    @Override
    public void subscriptionRefused(String userId, EventPackage eventPackage, XsiResponse<?> response) {
        record("subscriptionRefused", userId, response);
    }

    @Override
    public void sequenceGap(String userId, String subscriptionId, int expected, int received) {
        record("sequenceGap", userId, expected + "->" + received);
    }

    @Override
    public void snapshotReceived(String userId, String subscriptionId, boolean resync) {
        record("snapshotReceived", userId, resync);
    }

    @Override
    public void duplicateDropped(String subscriptionId, int sequenceNumber, String eventId) {
        record("duplicateDropped", subscriptionId, sequenceNumber);
    }

    @Override
    public void unknownEventType(String typeName) {
        record("unknownEventType", typeName, null);
    }

    @Override
    public void unknownSubscription(String subscriptionId) {
        record("unknownSubscription", subscriptionId, null);
    }

    @Override
    public void authFailure(XsiEndpoint endpoint, String request) {
        record("authFailure", endpoint, request);
    }

    @Override
    public void overload(XsiEndpoint endpoint, String request) {
        record("overload", endpoint, request);
    }

    @Override
    public void decodeFailure(EventChannel channel, String detail) {
        record("decodeFailure", channel, detail);
    }

    @Override
    public void ackFailed(EventChannel channel, String eventId) {
        record("ackFailed", channel, eventId);
    }
}
