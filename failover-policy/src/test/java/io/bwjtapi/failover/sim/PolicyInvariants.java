package io.bwjtapi.failover.sim;

import io.bwjtapi.failover.DeviceId;
import io.bwjtapi.failover.FailoverConfig;
import io.bwjtapi.failover.FailoverPolicy;
import io.bwjtapi.failover.XspEndpoint;
import io.bwjtapi.failover.decision.CloseChannel;
import io.bwjtapi.failover.decision.Decision;
import io.bwjtapi.failover.decision.DeviceStateChange;
import io.bwjtapi.failover.decision.ForceResync;
import io.bwjtapi.failover.decision.GiveUp;
import io.bwjtapi.failover.decision.OpenChannel;
import io.bwjtapi.failover.decision.ProviderStateChange;
import io.bwjtapi.failover.event.ChannelStateChange;
import io.bwjtapi.failover.event.FailoverEventListener;
import io.bwjtapi.failover.fact.CallAlerting;
import io.bwjtapi.failover.fact.CallAlertingEnded;
import io.bwjtapi.failover.fact.CallStarted;
import io.bwjtapi.failover.fact.ChannelLost;
import io.bwjtapi.failover.fact.ChannelOpenFailed;
import io.bwjtapi.failover.fact.ChannelOpenSucceeded;
import io.bwjtapi.failover.fact.DeviceAdded;
import io.bwjtapi.failover.fact.Fact;
import io.bwjtapi.failover.fact.SequenceGap;
import io.bwjtapi.failover.fact.ShutdownRequested;
import io.bwjtapi.failover.fact.SubscriptionLost;
import io.bwjtapi.failover.state.ChannelState;
import io.bwjtapi.failover.state.ChannelTransition;
import io.bwjtapi.failover.state.DeviceState;
import io.bwjtapi.failover.state.DeviceTransition;
import io.bwjtapi.failover.state.ProviderState;
import io.bwjtapi.failover.state.ProviderTransition;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An independent model of what the policy must do, built only from the facts fed to it and the decisions and
 * transitions it produced, checked after every step. Any violation fails with the step and time.
 */
public final class PolicyInvariants implements FailoverEventListener {
    private final FailoverConfig config;
    private final FailoverPolicy policy;
    private final List<XspEndpoint> desired;

    private final Set<XspEndpoint> live = new HashSet<>();
    private final Set<XspEndpoint> pending = new HashSet<>();
    private final Set<XspEndpoint> everAttempted = new HashSet<>();
    private final Map<XspEndpoint, Integer> consecutiveFailures = new HashMap<>();
    private final Map<XspEndpoint, Instant> lastFailure = new HashMap<>();
    private final Map<XspEndpoint, ChannelState> channelStates = new HashMap<>();
    private final Map<XspEndpoint, Instant> liveSince = new HashMap<>();
    private final Map<DeviceId, DeviceState> devices = new HashMap<>();
    private final Map<String, Instant> alertingDue = new HashMap<>();
    private final List<Trigger> triggers = new ArrayList<>();
    private final List<Resync> resyncs = new ArrayList<>();
    private final List<Trigger> closings = new ArrayList<>();

    private ProviderState provider = ProviderState.CONNECTING;
    private boolean shutdownRequested;
    private Instant noLiveSince;
    private int failedAttemptsSinceNoLive;
    private int failedAttemptsThisStep;
    private long step;
    private Instant now;
    private long decisionsAfterShutdown;

    public PolicyInvariants(FailoverConfig config, FailoverPolicy policy) {
        this.config = config;
        this.policy = policy;
        this.desired = config.endpoints().subList(0, config.desiredChannels());
        config.endpoints().forEach(e -> channelStates.put(e, ChannelState.CLOSED));
    }

    /** A forced-resync trigger the policy has to act on: at (time, step) for the device. */
    private static final class Trigger {
        final DeviceId device;
        final Instant at;
        final long step;
        final String what;

        Trigger(DeviceId device, Instant at, long step, String what) {
            this.device = device;
            this.at = at;
            this.step = step;
            this.what = what;
        }
    }

    private static final class Resync {
        final Instant at;
        final long step;
        final Set<DeviceId> devices;

        Resync(Instant at, long step, List<DeviceId> devices) {
            this.at = at;
            this.step = step;
            this.devices = new HashSet<>(devices);
        }
    }

    // ---- steps -------------------------------------------------------------------------------------------

    public void beginStep(Instant time) {
        step++;
        now = time;
        failedAttemptsThisStep = 0;
    }

    /** A device added while unknown or closed starts a new life out of service, before the policy acts on it. */
    public void beforeFact(Fact fact) {
        if (fact instanceof DeviceAdded && provider != ProviderState.SHUTDOWN) {
            DeviceId device = ((DeviceAdded) fact).device();
            if (devices.get(device) == null || devices.get(device) == DeviceState.CLOSED) {
                devices.put(device, DeviceState.OUT_OF_SERVICE);
            }
        }
    }

    public void fact(Fact fact, boolean applied) {
        if (provider == ProviderState.SHUTDOWN) {
            check(!applied, "a fact applied after SHUTDOWN: " + fact);
            return;
        }
        if (fact instanceof ChannelOpenSucceeded) {
            XspEndpoint e = ((ChannelOpenSucceeded) fact).endpoint();
            check(applied == !live.contains(e), "success applied iff no live channel on " + e);
            if (pending.remove(e)) {
                live.add(e);
                liveSince.put(e, now);
                consecutiveFailures.put(e, 0);
            }
        } else if (fact instanceof ChannelOpenFailed) {
            XspEndpoint e = ((ChannelOpenFailed) fact).endpoint();
            check(applied == pending.contains(e), "open failure applied iff an attempt was in flight on " + e);
            if (pending.remove(e)) {
                attemptFailed(e);
            }
        } else if (fact instanceof ChannelLost) {
            XspEndpoint e = ((ChannelLost) fact).endpoint();
            check(applied == (live.contains(e) || pending.contains(e)), "loss applied iff channel or attempt on " + e);
            if (pending.remove(e)) {
                attemptFailed(e);
            } else if (live.remove(e)) {
                liveChannelRemoved(e, true);
            }
        } else if (fact instanceof ShutdownRequested) {
            shutdownRequested = true;
        } else if (applied) {
            deviceFact(fact);
        }
    }

    private void deviceFact(Fact fact) {
        if (fact instanceof DeviceAdded) {
            trigger(((DeviceAdded) fact).device(), "added");
        } else if (fact instanceof SequenceGap) {
            trigger(((SequenceGap) fact).device(), "gap");
        } else if (fact instanceof SubscriptionLost) {
            trigger(((SubscriptionLost) fact).device(), "subscription lost");
        } else if (fact instanceof CallStarted) {
            CallStarted call = (CallStarted) fact;
            trigger(call.device(), "call " + call.kind());
            if (call.kind() == CallStarted.Kind.ALERTING) {
                alertingDue.put(call.device() + "/" + call.callId(), now.plus(config.alertingTooLong()));
            }
        } else if (fact instanceof CallAlerting) {
            CallAlerting call = (CallAlerting) fact;
            alertingDue.put(call.device() + "/" + call.callId(), call.since().plus(config.alertingTooLong()));
        } else if (fact instanceof CallAlertingEnded) {
            CallAlertingEnded call = (CallAlertingEnded) fact;
            alertingDue.remove(call.device() + "/" + call.callId());
        }
    }

    public void decisions(List<Decision> decisions) {
        if (provider == ProviderState.SHUTDOWN) {
            decisionsAfterShutdown += decisions.size();
        }
        for (Decision decision : decisions) {
            if (decision instanceof OpenChannel) {
                opened(((OpenChannel) decision).endpoint());
            } else if (decision instanceof CloseChannel) {
                closed((CloseChannel) decision);
            } else if (decision instanceof ProviderStateChange) {
                providerChanged((ProviderStateChange) decision);
            } else if (decision instanceof ForceResync) {
                ForceResync resync = (ForceResync) decision;
                for (DeviceId device : resync.devices()) {
                    DeviceState state = devices.get(device);
                    check(state != null && state != DeviceState.CLOSED, "resync of unknown or closed " + device);
                }
                resyncs.add(new Resync(now, step, resync.devices()));
            } else if (decision instanceof GiveUp) {
                gaveUp((GiveUp) decision);
            }
        }
        check(decisionsAfterShutdown == 0, "decisions after SHUTDOWN: " + decisions);
    }

    private void opened(XspEndpoint e) {
        check(!pending.contains(e) && !live.contains(e), "second attempt on " + e + " while one is in flight or live");
        int failures = consecutiveFailures.getOrDefault(e, 0);
        if (failures > 0 && provider != ProviderState.CONNECTING) {
            Duration ceiling = config.backoff().ceiling(failures);
            Instant floor = lastFailure.get(e).plusNanos((long) Math.floor(ceiling.toNanos()
                    * (1.0 - config.backoff().jitter())) - 1);
            check(!now.isBefore(floor), "attempt on " + e + " before its backoff: failures=" + failures);
        }
        pending.add(e);
        everAttempted.add(e);
    }

    private void closed(CloseChannel close) {
        XspEndpoint e = close.endpoint();
        switch (close.reason()) {
            case OPEN_TIMED_OUT:
                check(pending.remove(e), "timeout of an attempt not in flight on " + e);
                attemptFailed(e);
                break;
            case HEARTBEAT_UNANSWERED:
            case STREAM_STALLED:
                check(live.remove(e), "silence verdict on a channel not live: " + e);
                liveChannelRemoved(e, true);
                break;
            case FALLBACK_DONE:
                check(live.remove(e), "fallback closed a channel not live: " + e);
                check(!desired.contains(e), "fallback closed a desired XSP " + e);
                long healthyDesired = desired.stream().filter(d -> live.contains(d)
                        && !now.isBefore(liveSince.get(d).plus(config.fallbackAfter()))).count();
                long substitutesLeft = live.stream().filter(l -> !desired.contains(l)).count();
                check(healthyDesired + substitutesLeft >= config.desiredChannels(),
                        "fallback before the desired XSPs were healthy long enough");
                check(live.size() >= config.desiredChannels() && !live.isEmpty(),
                        "fallback left " + live.size() + " live channels");
                liveChannelRemoved(e, false);
                break;
            case SHUTDOWN:
                check(live.remove(e) | pending.remove(e), "shutdown closed nothing on " + e);
                break;
            default:
                check(!live.contains(e) && !pending.contains(e), "unexpected-channel close of a known channel " + e);
        }
    }

    private void providerChanged(ProviderStateChange change) {
        if (change.to() == ProviderState.SHUTDOWN) {
            switch (change.reason()) {
                case SHUTDOWN_REQUESTED:
                    check(shutdownRequested, "SHUTDOWN_REQUESTED without a request");
                    break;
                case INITIAL_OPEN_FAILED:
                    check(provider == ProviderState.CONNECTING && live.isEmpty() && pending.isEmpty()
                            && everAttempted.containsAll(config.endpoints()), "initial open given up too early");
                    break;
                default:
                    check(reconnectLimitReached(), "reconnect limit not reached: attempts=" + failedAttemptsSinceNoLive
                            + " since " + noLiveSince);
            }
        }
        provider = change.to();
    }

    private void gaveUp(GiveUp giveUp) {
        if (giveUp.reason() == GiveUp.Reason.INITIAL_OPEN_FAILED) {
            check(provider == ProviderState.CONNECTING, "initial open failure after leaving CONNECTING");
        } else {
            check(reconnectLimitReached(), "gave up before the limit: " + giveUp);
        }
    }

    /** Ends a step: bookkeeping that depends on the whole step, then the state characterisations. */
    public void endStep() {
        if (provider != ProviderState.CONNECTING && provider != ProviderState.SHUTDOWN) {
            if (!live.isEmpty()) {
                noLiveSince = null;
                failedAttemptsSinceNoLive = 0;
            } else {
                if (noLiveSince == null) {
                    noLiveSince = now;
                }
                failedAttemptsSinceNoLive += failedAttemptsThisStep;
            }
        }
        failedAttemptsThisStep = 0;
        alertingDue.entrySet().removeIf(watch -> {
            if (watch.getValue().isAfter(now)) {
                return false;
            }
            DeviceId device = DeviceId.of(watch.getKey().substring(0, watch.getKey().indexOf('/')));
            triggers.add(new Trigger(device, watch.getValue(), -1, "alerting too long"));
            return true;
        });
        check(policy.liveChannels() == live.size(), "live channels: policy " + policy.liveChannels() + ", model " + live);
        policy.nextDeadline().ifPresent(d -> check(d.isAfter(now), "next deadline " + d + " not after now"));
        check(provider == policy.providerState(), "provider state out of step");
        if (provider == ProviderState.CONNECTING || provider == ProviderState.SHUTDOWN) {
            return;
        }
        check(!reconnectLimitReached(), "reconnect limit reached but the provider is " + provider);
        ProviderState expected;
        if (live.size() >= config.desiredChannels()) {
            expected = ProviderState.IN_SERVICE;
        } else if (!live.isEmpty()) {
            expected = ProviderState.DEGRADED;
        } else {
            expected = now.isBefore(noLiveSince.plus(config.outOfServiceGrace())) ? ProviderState.DEGRADED
                    : ProviderState.OUT_OF_SERVICE;
        }
        check(provider == expected, "provider " + provider + " but expected " + expected + " with " + live.size()
                + " live, none since " + noLiveSince);
        for (XspEndpoint e : desired) {
            if (!live.contains(e) && !pending.contains(e)) {
                int failures = consecutiveFailures.getOrDefault(e, 0);
                check(failures > 0 && now.isBefore(lastFailure.get(e).plus(config.backoff().ceiling(failures))),
                        "desired " + e + " idle beyond its backoff: failures=" + failures);
            }
        }
    }

    /** After the run: every forced-resync trigger led to a resync of its device, or the device closed. */
    public void checkEveryTriggerFired() {
        for (Trigger trigger : triggers) {
            boolean resynced = resyncs.stream().anyMatch(r -> r.devices.contains(trigger.device)
                    && after(r.at, r.step, trigger));
            boolean closed = closings.stream().anyMatch(c -> c.device.equals(trigger.device)
                    && after(c.at, c.step, trigger));
            check(resynced || closed, "trigger '" + trigger.what + "' of " + trigger.device + " at " + trigger.at
                    + " never fired");
        }
    }

    private static boolean after(Instant at, long step, Trigger trigger) {
        return at.isAfter(trigger.at) || (at.equals(trigger.at) && step >= trigger.step);
    }

    public boolean isShutdown() {
        return provider == ProviderState.SHUTDOWN;
    }

    public int liveCount() {
        return live.size();
    }

    // ---- listener: every transition is in its table and starts where the last one ended ------------------

    @Override
    public void onProviderStateChange(ProviderStateChange change) {
        check(ProviderTransition.isLegal(change.from(), change.to()), "illegal provider transition " + change);
        check(change.from() == provider, "provider transition from " + change.from() + " while in " + provider);
    }

    @Override
    public void onDeviceStateChange(DeviceStateChange change) {
        check(DeviceTransition.isLegal(change.from(), change.to()), "illegal device transition " + change);
        DeviceState before = devices.get(change.device());
        check(before == change.from(), "device transition " + change + " while in " + before);
        devices.put(change.device(), change.to());
        if (change.to() == DeviceState.CLOSED) {
            closings.add(new Trigger(change.device(), change.at(), step, "closed"));
            alertingDue.keySet().removeIf(key -> key.startsWith(change.device() + "/"));
        }
    }

    @Override
    public void onChannelStateChange(ChannelStateChange change) {
        check(ChannelTransition.isLegal(change.from(), change.to()), "illegal channel transition " + change);
        check(channelStates.get(change.endpoint()) == change.from(), "channel transition " + change + " while in "
                + channelStates.get(change.endpoint()));
        channelStates.put(change.endpoint(), change.to());
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    private void attemptFailed(XspEndpoint e) {
        failedAttemptsThisStep++;
        serverFailed(e);
    }

    /** Every device needs a resync; unless the channel was closed by fallback, the server failed. */
    private void liveChannelRemoved(XspEndpoint e, boolean serverFailed) {
        for (Map.Entry<DeviceId, DeviceState> device : devices.entrySet()) {
            if (device.getValue() != DeviceState.CLOSED) {
                trigger(device.getKey(), "channel loss");
            }
        }
        if (serverFailed) {
            serverFailed(e);
        }
    }

    private void serverFailed(XspEndpoint e) {
        consecutiveFailures.merge(e, 1, Integer::sum);
        lastFailure.put(e, now);
    }

    private void trigger(DeviceId device, String what) {
        triggers.add(new Trigger(device, now, step, what));
    }

    /** Counted like the spec says: failed attempts and time since no channel was live, this step included. */
    private boolean reconnectLimitReached() {
        if (!live.isEmpty() || provider == ProviderState.CONNECTING) {
            return false;
        }
        Instant since = noLiveSince == null ? now : noLiveSince;
        int attempts = (noLiveSince == null ? 0 : failedAttemptsSinceNoLive) + failedAttemptsThisStep;
        boolean byAttempts = config.reconnectAttemptLimit().isPresent()
                && attempts >= config.reconnectAttemptLimit().getAsInt();
        boolean byTime = config.reconnectTimeLimit().isPresent()
                && !now.isBefore(since.plus(config.reconnectTimeLimit().get()));
        return byAttempts || byTime;
    }

    private void check(boolean condition, String violation) {
        if (!condition) {
            throw new AssertionError("step " + step + " at " + now + ": " + violation);
        }
    }
}
