package io.bwjtapi.failover.internal;

import io.bwjtapi.failover.DeviceId;
import io.bwjtapi.failover.decision.Decision;
import io.bwjtapi.failover.decision.DeviceStateChange;
import io.bwjtapi.failover.decision.ForceResync;
import io.bwjtapi.failover.decision.ProviderStateChange;
import io.bwjtapi.failover.decision.ResyncTrigger;
import io.bwjtapi.failover.event.ChannelStateChange;
import io.bwjtapi.failover.event.FailoverEventListener;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where everything the policy decides during one step leaves it: decisions in the order they were made, forced
 * resyncs gathered into one decision per trigger at the end of the step, and state transitions published to
 * listeners as they happen. A listener that throws is logged and skipped.
 */
public final class Outbox {
    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

    private final List<FailoverEventListener> listeners = new ArrayList<>();
    private final List<Decision> decisions = new ArrayList<>();
    private final Map<ResyncTrigger, Set<DeviceId>> resyncs = new LinkedHashMap<>();

    /** @param listener receives every transition from now on */
    public void addListener(FailoverEventListener listener) {
        listeners.add(listener);
    }

    /** @param decision a decision, kept in order */
    public void add(Decision decision) {
        decisions.add(decision);
    }

    /** @param change a provider transition: kept as a decision and published */
    public void providerChanged(ProviderStateChange change) {
        decisions.add(change);
        publish(listener -> listener.onProviderStateChange(change));
    }

    /** @param change a device transition: kept as a decision and published */
    public void deviceChanged(DeviceStateChange change) {
        decisions.add(change);
        publish(listener -> listener.onDeviceStateChange(change));
    }

    /** @param change a channel transition: published only (the open/close decisions are what the wiring acts on) */
    public void channelChanged(ChannelStateChange change) {
        publish(listener -> listener.onChannelStateChange(change));
    }

    /**
     * @param device a device to resync in this step
     * @param trigger what made the policy force it
     */
    public void resync(DeviceId device, ResyncTrigger trigger) {
        resyncs.computeIfAbsent(trigger, t -> new LinkedHashSet<>()).add(device);
    }

    /** @param device a device closed in this step: it is no longer resynced */
    public void cancelResync(DeviceId device) {
        resyncs.values().forEach(devices -> devices.remove(device));
    }

    /** Forgets every resync of this step (the provider shuts down). */
    public void cancelAllResyncs() {
        resyncs.clear();
    }

    /** @return the step's decisions, resyncs last; the outbox is empty afterwards */
    public List<Decision> drain() {
        List<Decision> out = new ArrayList<>(decisions);
        resyncs.forEach((trigger, devices) -> {
            if (!devices.isEmpty()) {
                out.add(new ForceResync(new ArrayList<>(devices), trigger));
            }
        });
        decisions.clear();
        resyncs.clear();
        return out;
    }

    private void publish(Consumer<FailoverEventListener> delivery) {
        for (FailoverEventListener listener : listeners) {
            try {
                delivery.accept(listener);
            } catch (RuntimeException e) {
                LOG.warn("failover event listener {} threw; skipped", listener.getClass().getName(), e);
            }
        }
    }
}
