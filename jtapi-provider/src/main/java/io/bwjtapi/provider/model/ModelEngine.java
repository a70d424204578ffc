package io.bwjtapi.provider.model;

import io.bwjtapi.provider.call.CallImpl;
import io.bwjtapi.provider.domain.AddressImpl;
import io.bwjtapi.provider.event.Causes;
import io.bwjtapi.provider.event.Change;
import io.bwjtapi.provider.event.ChangeGroup;
import io.bwjtapi.provider.spi.CallMerge;
import io.bwjtapi.provider.spi.CallUpdate;
import io.bwjtapi.provider.spi.ConnectionState;
import io.bwjtapi.provider.spi.ConnectionUpdate;
import io.bwjtapi.provider.spi.DeviceInfo;
import io.bwjtapi.provider.spi.MergeKind;
import io.bwjtapi.provider.spi.SwitchCause;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the switch's facts to the model, on the model thread: devices, call updates, transfers and
 * conferences, removed calls; and runs every group of changes through attaching and routing. The failover
 * operations are in {@link ServiceTransitions}.
 */
public final class ModelEngine {
    private static final Logger LOG = LoggerFactory.getLogger(ModelEngine.class);

    private final ProviderCore core;
    private final CallUpdater updater;
    private final Following following;
    private final PendingOrigins origins;
    private final ServiceTransitions service;

    ModelEngine(ProviderCore core) {
        this.core = core;
        this.updater = new CallUpdater(core);
        this.following = new Following(core);
        this.origins = new PendingOrigins(core);
        this.service = new ServiceTransitions(core, this);
    }

    /** @return the failover operations */
    public ServiceTransitions service() {
        return service;
    }

    Following following() {
        return following;
    }

    /** @param devices devices to add to the domain */
    public void devicesAdded(Collection<DeviceInfo> devices) {
        for (DeviceInfo device : devices) {
            AddressImpl address = core.domain().add(device);
            if (address != null && core.status().inService()) {
                service.deviceAddedInService(address);
            }
        }
    }

    /** @param update a delta of one call */
    public void callChanged(CallUpdate update) {
        CallImpl call = core.calls().get(update.callId());
        if (call == null) {
            if (origins.hold(update)) {
                return;
            }
            call = newCall(update);
            if (call == null) {
                return;
            }
        }
        run(ChangeGroup.Kind.PROGRESS, List.of(Step.delta(call, update)), call, false);
    }

    /** @param merge related deltas of several calls */
    public void callsMerged(CallMerge merge) {
        List<Step> steps = new ArrayList<>();
        CallImpl result = null;
        for (CallUpdate update : merge.updates()) {
            CallImpl call = core.calls().get(update.callId());
            if (call == null) {
                call = newCall(update);
            }
            if (call != null) {
                steps.add(Step.delta(call, update));
                if (update.callId().equals(merge.resultCallId())) {
                    result = call;
                }
            }
        }
        if (steps.isEmpty()) {
            return;
        }
        if (result == null) {
            LOG.debug("Merge into unknown call {}; reported with {} as result", merge.resultCallId(),
                    steps.get(0).call);
            result = steps.get(0).call;
        }
        ChangeGroup.Kind kind = merge.kind() == MergeKind.TRANSFER ? ChangeGroup.Kind.TRANSFER : ChangeGroup.Kind.MERGE;
        run(kind, steps, result, false);
    }

    /**
     * @param callId the call the switch forgot
     * @param cause why
     */
    public void callRemoved(String callId, SwitchCause cause) {
        CallImpl call = core.calls().get(callId);
        if (call == null) {
            core.stats().droppedFact();
            return;
        }
        run(ChangeGroup.Kind.PROGRESS, List.of(Step.clear(call, Causes.of(cause))), call, false);
    }

    /**
     * Registers a call the application is placing from an address (model thread).
     *
     * @param call the idle call
     * @param origin the originating address
     * @return the registration, for {@link #originResolved}
     */
    public Object expectOrigin(CallImpl call, AddressImpl origin) {
        return origins.expect(call, origin);
    }

    /**
     * @param registration from {@link #expectOrigin}
     * @param id the call's id, or {@code null} if placing it failed
     */
    public void originResolved(Object registration, String id) {
        for (CallUpdate update : origins.resolve((PendingOrigins.Pending) registration, id)) {
            callChanged(update);
        }
    }

    /**
     * @param update a report of an unknown call
     * @return a new call, or {@code null} if the report cannot start one (no local party, or the call ended)
     */
    CallImpl newCall(CallUpdate update) {
        if (core.calls().recentlyEnded(update.callId())) {
            LOG.debug("Report for ended call {} dropped", update.callId());
            core.stats().droppedFact();
            return null;
        }
        for (ConnectionUpdate cu : update.connections()) {
            AddressImpl address = core.domain().address(cu.address());
            if (address != null && cu.state() != ConnectionState.DISCONNECTED) {
                return core.calls().create(update.callId());
            }
        }
        LOG.debug("Report of unknown call {} without a local party dropped", update.callId());
        core.stats().droppedFact();
        return null;
    }

    /**
     * Applies the steps as one group, attaches and detaches callbacks, and routes the events.
     *
     * @param kind how the group is reported
     * @param steps the calls' updates
     * @param result the resulting (or single) call
     * @param resync whether callbacks that join get the final snapshot instead of the events
     */
    void run(ChangeGroup.Kind kind, List<Step> steps, CallImpl result, boolean resync) {
        List<Track> tracks = new ArrayList<>();
        for (Step step : steps) {
            if (find(tracks, step.call) == null) {
                tracks.add(new Track(step.call, !resync && mayGainCallbacks(step.call, steps)));
            }
        }
        List<Change> changes = new ArrayList<>();
        for (Step step : steps) {
            if (step.update == null) {
                updater.clear(step.call, step.clearCauses, changes);
            } else {
                updater.apply(step.call, step.update, step.completeScope, step.missingCause, changes);
            }
        }
        for (Track t : tracks) {
            following.updateVisibility(t.call);
            t.delta = following.update(t.call);
        }
        core.calls().publish();
        core.router().group(new ChangeGroup(kind, changes, callsOf(tracks), result), tracks, resync);
    }

    /** Whether any step of the group may attach new callbacks to the call (then its prior state is kept). */
    private boolean mayGainCallbacks(CallImpl call, List<Step> steps) {
        for (Step step : steps) {
            if (step.call == call && step.update != null && mayGainCallbacks(step.update)) {
                return true;
            }
        }
        return false;
    }

    private boolean mayGainCallbacks(CallUpdate update) {
        for (ConnectionUpdate cu : update.connections()) {
            AddressImpl address = core.domain().address(cu.address());
            if (address != null && (hasCallbacks(address) || hasCallbacks(address.terminal()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCallbacks(io.bwjtapi.provider.domain.CallSource source) {
        return !source.callObservers().isEmpty() || !source.callListeners().isEmpty();
    }

    private static Track find(List<Track> tracks, CallImpl call) {
        for (Track t : tracks) {
            if (t.call == call) {
                return t;
            }
        }
        return null;
    }

    private static List<CallImpl> callsOf(List<Track> tracks) {
        List<CallImpl> calls = new ArrayList<>();
        for (Track t : tracks) {
            calls.add(t.call);
        }
        return calls;
    }
}
