package io.bwjtapi.simulator.events;

import io.bwjtapi.simulator.engine.Scheduler;
import io.bwjtapi.simulator.engine.SwitchEvent;
import io.bwjtapi.simulator.model.SimUser;
import java.util.List;
import java.util.Set;

/** A subscription of one login to one user target, bound to a channel set (so it survives channel loss). */
public final class Subscription {
    final String subscriptionId;
    final String owner;
    final SimUser target;
    final Set<EventPackage> packages;
    final String channelSetId;
    final String applicationId;
    int expires;
    int sequence;
    Scheduler.Cancellable expiryTimer;
    boolean ended;

    Subscription(String subscriptionId, String owner, SimUser target, Set<EventPackage> packages,
            String channelSetId, String applicationId, int expires) {
        this.subscriptionId = subscriptionId;
        this.owner = owner;
        this.target = target;
        this.packages = Set.copyOf(packages);
        this.channelSetId = channelSetId;
        this.applicationId = applicationId;
        this.expires = expires;
    }

    public String subscriptionId() {
        return subscriptionId;
    }

    public String owner() {
        return owner;
    }

    public SimUser target() {
        return target;
    }

    public String channelSetId() {
        return channelSetId;
    }

    public String applicationId() {
        return applicationId;
    }

    public int expires() {
        return expires;
    }

    /** The packages in the order of the XSD enumeration. */
    public List<String> packageNames() {
        return packages.stream().sorted().map(EventPackage::wire).toList();
    }

    boolean carries(SwitchEvent event) {
        return packages.stream().anyMatch(p -> p.carries(event));
    }

    boolean hasCallPackage() {
        return packages.stream().anyMatch(EventPackage::isCallPackage);
    }

    /** Advances the per-subscription sequence number, wrapping from 2147483647 to 1. */
    int nextSequence() {
        sequence = sequence == Integer.MAX_VALUE ? 1 : sequence + 1;
        return sequence;
    }

    @Override
    public String toString() {
        return "Subscription{" + subscriptionId + " " + owner + " -> " + target.userId() + " " + packageNames() + "}";
    }
}
