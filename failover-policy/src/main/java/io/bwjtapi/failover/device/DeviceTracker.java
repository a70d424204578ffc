package io.bwjtapi.failover.device;

import io.bwjtapi.failover.DeviceId;
import io.bwjtapi.failover.FailoverConfig;
import io.bwjtapi.failover.backoff.Backoff;
import io.bwjtapi.failover.decision.DeviceStateChange;
import io.bwjtapi.failover.decision.ResyncTrigger;
import io.bwjtapi.failover.internal.Durations;
import io.bwjtapi.failover.internal.Outbox;
import io.bwjtapi.failover.internal.Timeline;
import io.bwjtapi.failover.resync.PeriodicResyncSchedule;
import io.bwjtapi.failover.state.DeviceCause;
import io.bwjtapi.failover.state.DeviceState;
import io.bwjtapi.failover.state.DeviceTransition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The device state machines and the forced-resync rules.
 *
 * <p>A resync is sent only while some channel is live and at most one is in flight per device; its snapshot
 * (or the resync timeout, then a retry after backoff) ends it. Triggers: channel loss (every device), sequence
 * gap, call originated, new call alerting, call alerting too long, device added, subscription lost, and the
 * periodic schedule. A snapshot brings an out-of-service device back in service; on an in-service device an
 * unsolicited resync or a disagreeing snapshot takes it out of service and straight back, so the application
 * sees the Cisco device-failover sequence. Methods named after facts return whether the fact applied; a fact
 * that does not fit (unknown device, nothing in flight) changes nothing.
 */
public final class DeviceTracker {
    private final Map<DeviceId, DeviceRecord> devices = new LinkedHashMap<>();
    private final Timeline<DeviceId> resyncTimers = new Timeline<>();
    private final AlertingWatch alerting = new AlertingWatch();
    private final PeriodicResyncSchedule periodic;
    private final FailoverConfig config;
    private final Random random;
    private final Outbox outbox;
    private boolean channelLive;

    /**
     * @param config the policy's configuration
     * @param random the jitter source
     * @param outbox where decisions and transitions go
     */
    public DeviceTracker(FailoverConfig config, Random random, Outbox outbox) {
        this.config = config;
        this.random = random;
        this.outbox = outbox;
        this.periodic = new PeriodicResyncSchedule(config.periodicResyncInterval(), config.periodicResyncJitter(),
                config.maxPeriodicResyncsPerSecond(), random);
    }

    /**
     * A device is to be monitored: it starts out of service and gets a resync (which creates its subscription).
     *
     * @param id the device
     * @param now the current time
     * @return whether the device was new
     */
    public boolean added(DeviceId id, Instant now) {
        if (devices.containsKey(id)) {
            return false;
        }
        DeviceRecord device = new DeviceRecord(id);
        devices.put(id, device);
        requestResync(device, ResyncTrigger.DEVICE_ADDED, now);
        return true;
    }

    /**
     * A device is no longer monitored: it closes for good.
     *
     * @param id the device
     * @param cause why the device closes
     * @param now the current time
     * @return whether the device was known
     */
    public boolean removed(DeviceId id, DeviceCause cause, Instant now) {
        DeviceRecord device = devices.get(id);
        if (device == null) {
            return false;
        }
        close(device, cause, now);
        return true;
    }

    /**
     * The device's subscription was (re-)created: its initial snapshot is awaited for a full timeout again.
     *
     * @param id the device
     * @param now the current time
     * @return whether a resync was in flight for the device
     */
    public boolean subscriptionCreated(DeviceId id, Instant now) {
        DeviceRecord device = devices.get(id);
        if (device == null || device.inFlight == null) {
            return false;
        }
        resyncTimers.schedule(id, now.plus(config.resyncTimeout()));
        return true;
    }

    /**
     * The device's subscription is gone: out of service until a resync re-creates it.
     *
     * @param id the device
     * @param now the current time
     * @return whether the device was known
     */
    public boolean subscriptionLost(DeviceId id, Instant now) {
        DeviceRecord device = devices.get(id);
        if (device == null) {
            return false;
        }
        clearInFlight(device);
        if (device.state != DeviceState.OUT_OF_SERVICE) {
            moveTo(device, DeviceState.OUT_OF_SERVICE, DeviceCause.SUBSCRIPTION_LOST, now);
        }
        requestResync(device, ResyncTrigger.SUBSCRIPTION_LOST, now);
        return true;
    }

    /**
     * BroadWorks refused the device's subscription: closed for good, or retried after backoff.
     *
     * @param id the device
     * @param permanent whether retrying cannot help (the device then closes)
     * @param now the current time
     * @return whether the refusal applied: always when permanent, otherwise only with a resync in flight
     */
    public boolean subscriptionRefused(DeviceId id, boolean permanent, Instant now) {
        DeviceRecord device = devices.get(id);
        if (device == null || (!permanent && device.inFlight == null)) {
            return false;
        }
        if (permanent) {
            close(device, DeviceCause.SUBSCRIPTION_REFUSED, now);
            return true;
        }
        clearInFlight(device);
        if (device.state == DeviceState.RESYNCING) {
            moveTo(device, DeviceState.OUT_OF_SERVICE, DeviceCause.SUBSCRIPTION_REFUSED, now);
        }
        device.addTrigger(ResyncTrigger.RESYNC_RETRY);
        scheduleRetry(device, now);
        return true;
    }

    /**
     * Something calls for a fresh snapshot of the device.
     *
     * @param id the device
     * @param trigger what makes the resync necessary
     * @param now the current time
     * @return whether the device was known
     */
    public boolean trigger(DeviceId id, ResyncTrigger trigger, Instant now) {
        DeviceRecord device = devices.get(id);
        if (device == null) {
            return false;
        }
        requestResync(device, trigger, now);
        return true;
    }

    /**
     * Applies a snapshot. Ignored while no channel is live: the channel loss already scheduled a resync whose
     * snapshot will be trusted.
     *
     * @param id the device
     * @param unsolicited whether BroadWorks sent it on its own (an Application Server failover)
     * @param agreed whether it matched the call model
     * @param now the current time
     * @return whether it applied
     */
    public boolean snapshot(DeviceId id, boolean unsolicited, boolean agreed, Instant now) {
        DeviceRecord device = devices.get(id);
        if (device == null || !channelLive) {
            return false;
        }
        clearInFlight(device);
        if (device.retryWaiting) {
            device.retryWaiting = false;
            resyncTimers.cancel(id);
        }
        if (device.pending == ResyncTrigger.RESYNC_RETRY) {
            device.pending = null;
        }
        device.resetRetryBackoff();
        periodic.synced(id, now);
        if (device.state == DeviceState.IN_SERVICE && (unsolicited || !agreed)) {
            DeviceCause cause = unsolicited ? DeviceCause.SERVER_FAILOVER : DeviceCause.OUT_OF_SYNC;
            moveTo(device, DeviceState.OUT_OF_SERVICE, cause, now);
        }
        if (device.state != DeviceState.IN_SERVICE) {
            moveTo(device, DeviceState.IN_SERVICE, DeviceCause.SNAPSHOT_APPLIED, now);
        }
        if (device.canSendNow()) {
            send(device, now);
        }
        return true;
    }

    /**
     * A new call alerts the device: resync now and watch it for alerting too long.
     *
     * @param id the device
     * @param callId the Xsi callId at the device
     * @param now the current time
     * @return whether the device was known
     */
    public boolean callStartedAlerting(DeviceId id, String callId, Instant now) {
        return trigger(id, ResyncTrigger.CALL_ALERTING, now) && watchAlerting(id, callId, now);
    }

    /**
     * Watches a call alerting since a given time; once it has alerted too long, the device is resynced.
     *
     * @param id the device
     * @param callId the Xsi callId at the device
     * @param since when the call started alerting
     * @return whether the device was known
     */
    public boolean watchAlerting(DeviceId id, String callId, Instant since) {
        if (!devices.containsKey(id)) {
            return false;
        }
        alerting.watch(id, callId, since.plus(config.alertingTooLong()));
        return true;
    }

    /**
     * A watched call stopped alerting.
     *
     * @param id the device
     * @param callId the Xsi callId at the device
     * @return whether the call was being watched
     */
    public boolean alertingEnded(DeviceId id, String callId) {
        return alerting.unwatch(id, callId);
    }

    /**
     * A channel of the set was lost: every device needs a resync (sent once some channel is live).
     *
     * @param now the current time
     */
    public void channelLost(Instant now) {
        for (DeviceRecord device : devices.values()) {
            requestResync(device, ResyncTrigger.CHANNEL_LOSS, now);
        }
    }

    /**
     * The provider went out of service: every device goes out of service until its snapshot after recovery.
     *
     * @param now the current time
     */
    public void connectionLost(Instant now) {
        outbox.cancelAllResyncs();
        for (DeviceRecord device : devices.values()) {
            clearInFlight(device);
            if (device.state != DeviceState.OUT_OF_SERVICE) {
                moveTo(device, DeviceState.OUT_OF_SERVICE, DeviceCause.CONNECTION_LOST, now);
            }
            device.addTrigger(ResyncTrigger.CHANNEL_LOSS);
        }
    }

    /**
     * @param live whether some channel is live
     * @param now the current time; when a channel becomes live, every waiting resync is sent
     */
    public void channelLive(boolean live, Instant now) {
        boolean wasLive = channelLive;
        channelLive = live;
        if (live && !wasLive) {
            for (DeviceRecord device : devices.values()) {
                if (device.canSendNow()) {
                    send(device, now);
                }
            }
        }
    }

    /**
     * Closes every device (the provider shuts down).
     *
     * @param cause why every device closes
     * @param now the current time
     */
    public void closeAll(DeviceCause cause, Instant now) {
        for (DeviceRecord device : new ArrayList<>(devices.values())) {
            close(device, cause, now);
        }
        outbox.cancelAllResyncs();
    }

    /**
     * Fires due resync timeouts and retries, alerting-too-long watches and periodic resyncs.
     *
     * @param now the current time
     */
    public void onTime(Instant now) {
        Optional<DeviceId> due;
        while ((due = resyncTimers.pollDue(now)).isPresent()) {
            DeviceRecord device = devices.get(due.get());
            if (device != null) {
                resyncTimerFired(device, now);
            }
        }
        while ((due = alerting.pollDue(now)).isPresent()) {
            trigger(due.get(), ResyncTrigger.ALERTING_TOO_LONG, now);
        }
        while (channelLive && (due = periodic.pollDue(now)).isPresent()) {
            DeviceRecord device = devices.get(due.get());
            if (device != null && device.state == DeviceState.IN_SERVICE && device.pending == null
                    && device.inFlight == null && !device.retryWaiting) {
                device.pending = ResyncTrigger.PERIODIC;
                send(device, now);
            }
        }
    }

    /**
     * @param now the current time
     * @return the earliest time {@link #onTime(Instant)} has something to do
     */
    public Optional<Instant> nextDeadline(Instant now) {
        Optional<Instant> next = Durations.earliest(resyncTimers.earliest(), alerting.earliest());
        return channelLive ? Durations.earliest(next, periodic.nextDeadline(now)) : next;
    }

    /**
     * The device's service state.
     *
     * @param id the device
     * @return the device's state; empty if unknown or closed
     */
    public Optional<DeviceState> state(DeviceId id) {
        return Optional.ofNullable(devices.get(id)).map(device -> device.state);
    }

    /**
     * Why the device is in its state.
     *
     * @param id the device
     * @return why the device is in its state; empty if unknown or closed
     */
    public Optional<DeviceCause> cause(DeviceId id) {
        return Optional.ofNullable(devices.get(id)).map(device -> device.cause);
    }

    /** @return how many devices are tracked (closed ones are forgotten) */
    public int size() {
        return devices.size();
    }

    private void requestResync(DeviceRecord device, ResyncTrigger trigger, Instant now) {
        device.addTrigger(trigger);
        if (channelLive && device.canSendNow()) {
            send(device, now);
        }
    }

    private void send(DeviceRecord device, Instant now) {
        ResyncTrigger trigger = device.pending;
        device.pending = null;
        device.inFlight = trigger;
        resyncTimers.schedule(device.id, now.plus(config.resyncTimeout()));
        periodic.cancel(device.id);
        periodic.recordSent(now);
        if (device.state == DeviceState.OUT_OF_SERVICE) {
            moveTo(device, DeviceState.RESYNCING, DeviceCause.RESYNC_STARTED, now);
        }
        outbox.resync(device.id, trigger);
    }

    private void resyncTimerFired(DeviceRecord device, Instant now) {
        if (device.inFlight != null) {
            device.inFlight = null;
            device.addTrigger(ResyncTrigger.RESYNC_RETRY);
            scheduleRetry(device, now);
        } else if (device.retryWaiting) {
            device.retryWaiting = false;
            if (channelLive && device.canSendNow()) {
                send(device, now);
            }
        }
    }

    private void scheduleRetry(DeviceRecord device, Instant now) {
        Backoff backoff = device.retryBackoff(() -> new Backoff(config.backoff(), random));
        device.retryWaiting = true;
        resyncTimers.schedule(device.id, now.plus(backoff.next()));
    }

    private void clearInFlight(DeviceRecord device) {
        if (device.inFlight != null) {
            device.inFlight = null;
            resyncTimers.cancel(device.id);
        }
    }

    private void close(DeviceRecord device, DeviceCause cause, Instant now) {
        moveTo(device, DeviceState.CLOSED, cause, now);
        devices.remove(device.id);
        resyncTimers.cancel(device.id);
        periodic.cancel(device.id);
        alerting.unwatchAll(device.id);
        outbox.cancelResync(device.id);
    }

    /** The one transition method: validates against the table, applies, publishes. */
    private void moveTo(DeviceRecord device, DeviceState to, DeviceCause cause, Instant now) {
        DeviceTransition.between(device.state, to);
        DeviceState from = device.state;
        device.state = to;
        device.cause = cause;
        outbox.deviceChanged(new DeviceStateChange(device.id, from, to, cause, now));
    }
}
