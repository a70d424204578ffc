package io.bwjtapi.broadworks.failover;

import io.bwjtapi.broadworks.internal.SwitchThread;
import io.bwjtapi.broadworks.stats.SessionStats;
import io.bwjtapi.broadworks.users.MonitoredUser;
import io.bwjtapi.broadworks.users.MonitoredUsers;
import io.bwjtapi.failover.decision.DeviceStateChange;
import io.bwjtapi.failover.decision.ProviderStateChange;
import io.bwjtapi.failover.state.DeviceCause;
import io.bwjtapi.failover.state.DeviceState;
import io.bwjtapi.failover.state.ProviderState;
import io.bwjtapi.provider.spi.ServiceCause;
import io.bwjtapi.provider.spi.ServiceSnapshot;
import io.bwjtapi.provider.spi.SwitchEventSink;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports the provider's and the devices' service states to the JTAPI layer with the failover operations of
 * its sink (the failover contract). After each policy step it compares what the policy decided with what the
 * layer was told: the provider going out of service becomes {@code connectionLost}; once the provider is back
 * and every device has its snapshot (or after the restore wait) one {@code connectionRestored} carries the
 * complete calls; while the provider is in service a device that leaves service becomes
 * {@code deviceOutOfService}, one that comes back {@code deviceInService}, one that went out and straight back in
 * one step (Application Server failover, disagreeing resync) {@code deviceResynced}, and one that cannot be
 * reopened {@code deviceClosed}. Switch thread only.
 */
public final class ServiceReporter {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceReporter.class);

    private final SwitchEventSink sink;
    private final Supplier<MonitoredUsers> users;
    private final DeviceCalls calls;
    private final SwitchThread thread;
    private final Clock clock;
    private final SessionStats stats;
    private final Duration restoreWait;
    private final Map<String, DeviceState> states = new HashMap<>();
    private final Map<String, ServiceCause> outCauses = new HashMap<>();
    private final Set<String> visible = new HashSet<>();
    private final Set<String> closedWhileDown = new LinkedHashSet<>();
    private final Set<String> completedInStep = new HashSet<>();
    private boolean restoredInStep;
    private final List<ProviderStateChange> providerSteps = new ArrayList<>();
    private final Map<String, DeviceStep> deviceSteps = new LinkedHashMap<>();
    private ProviderState provider = ProviderState.CONNECTING;
    private boolean devicesKnown;
    private boolean inService;
    private int notInService;
    private ScheduledFuture<?> restoreTimer;

    ServiceReporter(SwitchEventSink sink, Supplier<MonitoredUsers> users, DeviceCalls calls, SwitchThread thread, Clock clock,
            SessionStats stats, Duration restoreWait) {
        this.sink = sink;
        this.users = users;
        this.calls = calls;
        this.thread = thread;
        this.clock = clock;
        this.stats = stats;
        this.restoreWait = restoreWait;
    }

    /** The devices were reported to the layer; each starts out of service until its first snapshot. */
    void devicesAdded() {
        for (MonitoredUser user : users.get().all()) {
            states.put(user.userId(), DeviceState.OUT_OF_SERVICE);
            outCauses.put(user.userId(), ServiceCause.NOT_YET_SYNCHRONISED);
        }
        notInService = states.size();
        devicesKnown = true;
    }

    /**
     * @param userId a monitored user
     * @return whether the layer sees the user in service (its connections are reported)
     */
    public boolean isVisible(String userId) {
        return visible.contains(userId);
    }

    /** @return whether the layer sees the provider in service */
    public boolean inService() {
        return inService;
    }

    void provider(ProviderStateChange change) {
        providerSteps.add(change);
    }

    void device(DeviceStateChange change) {
        deviceSteps.computeIfAbsent(change.device().userId(), id -> new DeviceStep()).add(change);
    }

    /**
     * @param userId a monitored user
     * @return whether the last policy step handed the layer the complete state of the user's calls
     */
    public boolean gaveCompleteState(String userId) {
        return restoredInStep || completedInStep.contains(userId);
    }

    /** Reports what the last policy step changed. */
    void settle() {
        completedInStep.clear();
        restoredInStep = false;
        boolean lost = false;
        for (ProviderStateChange change : providerSteps) {
            provider = change.to();
            lost |= change.to() == ProviderState.OUT_OF_SERVICE;
        }
        providerSteps.clear();
        if (lost && inService) {
            connectionLost();
        }
        for (Map.Entry<String, DeviceStep> step : deviceSteps.entrySet()) {
            apply(step.getKey(), step.getValue());
        }
        deviceSteps.clear();
        maybeRestore();
    }

    private void apply(String userId, DeviceStep step) {
        DeviceState before = states.get(userId);
        if (before == null) {
            return;
        }
        if (step.to() == DeviceState.CLOSED) {
            states.remove(userId);
            notInService -= before != DeviceState.IN_SERVICE ? 1 : 0;
            closed(userId, step.lastCause());
            return;
        }
        states.put(userId, step.to());
        notInService += (step.to() != DeviceState.IN_SERVICE ? 1 : 0) - (before != DeviceState.IN_SERVICE ? 1 : 0);
        if (step.to() != DeviceState.IN_SERVICE && step.lastCause() != DeviceCause.RESYNC_STARTED) {
            outCauses.put(userId, cause(step.lastCause()));
        }
        if (!inService) {
            return; // the restore reports it
        }
        String name = name(userId);
        if (step.to() == DeviceState.IN_SERVICE && visible.contains(userId)) {
            if (step.leftServiceBecause() != null) {
                stats.deviceResynced();
                completedInStep.add(userId);
                LOG.debug("Device {} resynchronised ({})", name, step.leftServiceBecause());
                sink.deviceResynced(name, calls.completeCallsAt(userId, visible::contains),
                        cause(step.leftServiceBecause()));
            }
        } else if (step.to() == DeviceState.IN_SERVICE) {
            visible.add(userId);
            completedInStep.add(userId);
            sink.deviceInService(name, calls.completeCallsAt(userId, visible::contains));
        } else if (visible.remove(userId)) {
            sink.deviceOutOfService(name, outCauses.get(userId));
        }
    }

    private void closed(String userId, DeviceCause cause) {
        boolean wasVisible = visible.remove(userId);
        if (cause == DeviceCause.PROVIDER_SHUTDOWN) {
            return;
        }
        LOG.warn("Device {} can no longer be monitored ({})", name(userId), cause);
        if (inService || wasVisible) {
            sink.deviceClosed(name(userId), ServiceCause.DEVICE_REMOVED);
        } else {
            closedWhileDown.add(userId);
        }
    }

    private void connectionLost() {
        inService = false;
        visible.clear();
        stats.failover();
        stats.timeline().outOfService(clock.instant());
        LOG.warn("Every event channel to BroadWorks is lost: the provider is out of service");
        sink.connectionLost(ServiceCause.CONNECTION_LOST);
    }

    private void maybeRestore() {
        if (inService || !devicesKnown || !provider.isInService()) {
            cancelRestoreTimer();
            return;
        }
        if (notInService == 0) {
            restore();
        } else if (restoreTimer == null) {
            restoreTimer = thread.schedule(() -> {
                restoreTimer = null;
                if (!inService && devicesKnown && provider.isInService()) {
                    LOG.info("{} devices are not synchronised yet; the provider comes in service without them",
                            notInService);
                    restore();
                }
            }, restoreWait.toMillis());
        }
    }

    private void restore() {
        cancelRestoreTimer();
        stats.timeline().snapshotsApplied(clock.instant());
        Map<String, ServiceCause> outOfService = new LinkedHashMap<>();
        for (Map.Entry<String, DeviceState> e : states.entrySet()) {
            if (e.getValue() == DeviceState.IN_SERVICE) {
                visible.add(e.getKey());
            } else {
                outOfService.put(name(e.getKey()), outCauses.getOrDefault(e.getKey(), ServiceCause.OUT_OF_SYNC));
            }
        }
        closedWhileDown.forEach(userId -> outOfService.put(name(userId), ServiceCause.DEVICE_REMOVED));
        ServiceSnapshot snapshot = calls.restore(visible::contains, outOfService);
        inService = true;
        restoredInStep = true;
        LOG.info("The provider is in service: {} devices in service, {} out of service, {} calls", visible.size(),
                outOfService.size(), snapshot.calls().size());
        sink.connectionRestored(snapshot);
        for (String userId : closedWhileDown) {
            sink.deviceClosed(name(userId), ServiceCause.DEVICE_REMOVED);
        }
        closedWhileDown.clear();
        stats.timeline().restored(clock.instant(), visible.size(), snapshot.calls().size());
    }

    private void cancelRestoreTimer() {
        if (restoreTimer != null) {
            restoreTimer.cancel(false);
            restoreTimer = null;
        }
    }

    private String name(String userId) {
        return users.get().byUserId(userId).map(MonitoredUser::addressName).orElse(userId);
    }

    private static ServiceCause cause(DeviceCause cause) {
        if (cause == null) {
            return ServiceCause.OUT_OF_SYNC;
        }
        switch (cause) {
            case CONNECTION_LOST: return ServiceCause.CONNECTION_LOST;
            case SERVER_FAILOVER: return ServiceCause.SERVER_FAILOVER;
            case SUBSCRIPTION_REFUSED: return ServiceCause.MONITORING_REFUSED;
            case NOT_YET_SYNCHRONISED: return ServiceCause.NOT_YET_SYNCHRONISED;
            case USER_DELETED:
            case RELEASED: return ServiceCause.DEVICE_REMOVED;
            default: return ServiceCause.OUT_OF_SYNC;
        }
    }
}
