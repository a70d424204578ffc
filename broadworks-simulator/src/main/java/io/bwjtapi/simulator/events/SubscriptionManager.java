package io.bwjtapi.simulator.events;

import io.bwjtapi.simulator.SimulatorConfig;
import io.bwjtapi.simulator.SimulatorException;
import io.bwjtapi.simulator.SimulatorException.Reason;
import io.bwjtapi.simulator.TargetIdMode;
import io.bwjtapi.simulator.engine.IdGenerator;
import io.bwjtapi.simulator.engine.Scheduler;
import io.bwjtapi.simulator.engine.SwitchEvent;
import io.bwjtapi.simulator.model.SimUser;
import io.bwjtapi.simulator.xsi.EventDataXml;
import io.bwjtapi.simulator.xsi.SubscriptionRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Subscriptions to user targets: creation with the initial snapshot (sequenceNumber 1), refresh (a new
 * snapshot), delete, expiry and the other terminations, fan-out of switch events to every subscription that
 * carries them, and the CallSubscriptionResyncEvent after an Application Server crash.
 */
public final class SubscriptionManager {
    /** The externalApplicationId of events of subscriptions created without an applicationId. */
    public static final String DEFAULT_APPLICATION_ID = "xsi-events";

    private final SimulatorConfig config;
    private final IdGenerator ids;
    private final Scheduler scheduler;
    private final EventsObserver observer;
    private final SnapshotSource snapshots;
    private final Consumer<OutgoingEvent> outbound;
    private final Consumer<Subscription> onEnded;
    private final Map<String, Subscription> byId = new LinkedHashMap<>();
    private final Map<String, List<Subscription>> byTarget = new HashMap<>();

    public SubscriptionManager(SimulatorConfig config, IdGenerator ids, Scheduler scheduler, EventsObserver observer,
            SnapshotSource snapshots, Consumer<OutgoingEvent> outbound, Consumer<Subscription> onEnded) {
        this.config = config;
        this.ids = ids;
        this.scheduler = scheduler;
        this.observer = observer;
        this.snapshots = snapshots;
        this.outbound = outbound;
        this.onEnded = onEnded;
    }

    public Subscription create(String owner, SimUser target, SubscriptionRequest request) {
        Set<EventPackage> packages = packages(request.eventPackages(), target);
        if (request.channelSetId() == null) {
            throw new SimulatorException(Reason.BAD_REQUEST, request.httpContact() != null
                    ? "the simulator delivers events on channels only: give a channelSetId instead of httpContact"
                    : "channelSetId is required");
        }
        int expires = ChannelManager.clamp(request.expires(), config.minSubscriptionExpires(),
                config.maxSubscriptionExpires());
        String applicationId = request.applicationId() == null ? DEFAULT_APPLICATION_ID : request.applicationId();
        Subscription subscription = new Subscription(ids.uuid(), owner, target, packages, request.channelSetId(),
                applicationId, expires);
        byId.put(subscription.subscriptionId, subscription);
        byTarget.computeIfAbsent(target.userId(), k -> new ArrayList<>()).add(subscription);
        armExpiry(subscription);
        observer.subscriptionCreated(subscription);
        sendSnapshot(subscription, EventDataXml.CALL_SUBSCRIPTION);
        return subscription;
    }

    /** Renews a subscription and sends a fresh snapshot; unknown or foreign ids give 403 as on BroadWorks. */
    public Subscription refresh(String owner, String subscriptionId, Integer expires) {
        Subscription subscription = require(owner, subscriptionId);
        if (expires != null) {
            subscription.expires = ChannelManager.clamp(expires, config.minSubscriptionExpires(),
                    config.maxSubscriptionExpires());
        }
        armExpiry(subscription);
        sendSnapshot(subscription, EventDataXml.CALL_SUBSCRIPTION);
        return subscription;
    }

    public void delete(String owner, String subscriptionId) {
        end(require(owner, subscriptionId), "deleted", true);
    }

    /** Returns an owner's subscription; unknown or foreign ids give 403 as on BroadWorks. */
    public Subscription require(String owner, String subscriptionId) {
        Subscription subscription = byId.get(subscriptionId);
        if (subscription == null || !subscription.owner.equals(owner)) {
            throw new SimulatorException(Reason.FORBIDDEN, "no subscription " + subscriptionId + " of this login");
        }
        return subscription;
    }

    /** Reports a switch event to every subscription whose packages carry it. */
    public void publish(SwitchEvent event) {
        List<Subscription> subscriptions = byTarget.get(event.user().userId());
        if (subscriptions == null) {
            return;
        }
        String data = null;
        boolean snapshotLike = event instanceof SwitchEvent.HookChanged;
        for (Subscription subscription : List.copyOf(subscriptions)) {
            if (subscription.carries(event)) {
                if (data == null) {
                    data = EventDataXml.of(event);
                }
                send(subscription, data, EventDataXml.typeOf(event), snapshotLike);
            }
        }
    }

    /** After an AS crash: a CallSubscriptionResyncEvent, numbered from 1 again, per call subscription. */
    public void resync(Set<SimUser> users) {
        for (SimUser user : users) {
            for (Subscription subscription : List.copyOf(byTarget.getOrDefault(user.userId(), List.of()))) {
                if (subscription.hasCallPackage()) {
                    subscription.sequence = 0;
                    sendCallSnapshot(subscription, EventDataXml.CALL_SUBSCRIPTION_RESYNC);
                }
            }
        }
    }

    /** The target user was deleted: its subscriptions end with SubscriptionTerminatedEvent. */
    public void targetDeleted(String userId) {
        List.copyOf(byTarget.getOrDefault(userId, List.of())).forEach(s -> end(s, "target deleted", true));
    }

    /** The owning login was deleted: its subscriptions disappear with it. */
    public void ownerDeleted(String userId) {
        byId.values().stream().filter(s -> s.owner.equals(userId)).toList().forEach(s -> end(s, "owner deleted", false));
    }

    /** The application answered 481 (unknown subscription): BroadWorks deletes the subscription. */
    public void forgetUnknown(Subscription subscription) {
        end(subscription, "application answered 481", false);
    }

    public List<Subscription> all() {
        return List.copyOf(byId.values());
    }

    private void end(Subscription subscription, String reason, boolean notify) {
        if (subscription.ended) {
            return;
        }
        onEnded.accept(subscription);
        if (notify) {
            send(subscription, EventDataXml.subscriptionTerminated(), EventDataXml.SUBSCRIPTION_TERMINATED, false);
        }
        subscription.ended = true;
        if (subscription.expiryTimer != null) {
            subscription.expiryTimer.cancel();
        }
        byId.remove(subscription.subscriptionId);
        List<Subscription> ofTarget = byTarget.get(subscription.target.userId());
        if (ofTarget != null) {
            ofTarget.remove(subscription);
            if (ofTarget.isEmpty()) {
                byTarget.remove(subscription.target.userId());
            }
        }
        observer.subscriptionEnded(subscription, reason);
    }

    private void sendSnapshot(Subscription subscription, String callType) {
        if (subscription.hasCallPackage()) {
            sendCallSnapshot(subscription, callType);
        }
        if (subscription.packages.contains(EventPackage.CALL_CENTER_AGENT)) {
            String data = EventDataXml.agentSnapshot(snapshots.callCenterId(),
                    snapshots.agentState(subscription.target));
            send(subscription, data, "AgentSubscriptionEvent", true);
        }
    }

    private void sendCallSnapshot(Subscription subscription, String type) {
        String userId = subscription.target.userId();
        String data = EventDataXml.callSnapshot(type, snapshots.calls(userId),
                snapshots.conference(userId).orElse(null), snapshots.hookStatus(userId));
        send(subscription, data, type, true);
    }

    private void send(Subscription subscription, String eventData, String type, boolean snapshotLike) {
        boolean withTarget = config.targetIdMode() == TargetIdMode.ALWAYS
                || (config.targetIdMode() == TargetIdMode.OMIT_ON_SNAPSHOTS && !snapshotLike);
        outbound.accept(new OutgoingEvent(subscription, ids.uuid(), subscription.nextSequence(), eventData, type,
                withTarget));
    }

    private void armExpiry(Subscription subscription) {
        if (subscription.expiryTimer != null) {
            subscription.expiryTimer.cancel();
        }
        if (subscription.expires != SimulatorConfig.NEVER_EXPIRES) {
            subscription.expiryTimer = scheduler.schedule(Duration.ofSeconds(subscription.expires),
                    () -> end(subscription, "expired", true));
        }
    }

    private static Set<EventPackage> packages(List<String> names, SimUser target) {
        if (names.isEmpty()) {
            throw new SimulatorException(Reason.BAD_REQUEST, "an event package is required");
        }
        Set<EventPackage> packages = EnumSet.noneOf(EventPackage.class);
        for (String name : names) {
            EventPackage p = EventPackage.fromWire(name).orElseThrow(() -> new SimulatorException(
                    Reason.BAD_REQUEST, "event package not served by the simulator: " + name));
            if (p == EventPackage.CALL_CENTER_AGENT && !target.callCenterAgent()) {
                throw new SimulatorException(Reason.BAD_REQUEST,
                        target.userId() + " is not a Call Center agent");
            }
            packages.add(p);
        }
        return packages;
    }
}
