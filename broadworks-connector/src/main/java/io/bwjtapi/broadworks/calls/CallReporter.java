package io.bwjtapi.broadworks.calls;

import io.bwjtapi.broadworks.failover.DeviceCalls;
import io.bwjtapi.csta.event.ConferencedEvent;
import io.bwjtapi.csta.event.CstaEvent;
import io.bwjtapi.csta.event.TransferredEvent;
import io.bwjtapi.csta.model.CallModelView;
import io.bwjtapi.csta.model.CallRef;
import io.bwjtapi.csta.model.CstaCall;
import io.bwjtapi.csta.model.DeviceId;
import io.bwjtapi.provider.spi.CallMerge;
import io.bwjtapi.provider.spi.CallUpdate;
import io.bwjtapi.provider.spi.ConnectionUpdate;
import io.bwjtapi.provider.spi.MergeKind;
import io.bwjtapi.provider.spi.ServiceCause;
import io.bwjtapi.provider.spi.ServiceSnapshot;
import io.bwjtapi.provider.spi.SwitchEventSink;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reports the call model to the JTAPI layer. It remembers what the layer was told about each call
 * ({@link ReportedCalls}) and, after each Xsi event, reports only the parties whose state changed: one
 * {@code callChanged} per call, or one {@code callsMerged} for a transfer or conference. Parties that left are
 * reported disconnected with the cause of the CSTA event that removed them. The failover operations get complete
 * calls from it ({@link DeviceCalls}). Switch thread only.
 */
public final class CallReporter implements DeviceCalls {
    private final SwitchEventSink sink;
    private final CallModelView model;
    private final CallProjector projector;
    private final ReportedCalls reported = new ReportedCalls();

    /**
     * @param sink the JTAPI layer
     * @param model the session's call model (read on the switch thread)
     * @param projector how calls are named and projected
     */
    CallReporter(SwitchEventSink sink, CallModelView model, CallProjector projector) {
        this.sink = sink;
        this.model = model;
        this.projector = projector;
    }

    /**
     * Reports the changes the CSTA events of one Xsi event made to the model.
     *
     * @param events the events, in order
     * @param visible the users the layer sees in service
     */
    public void report(List<CstaEvent> events, Predicate<String> visible) {
        if (events.isEmpty()) {
            return;
        }
        EventCauses causes = new EventCauses(events);
        Set<CallRef> touched = new LinkedHashSet<>();
        List<CstaEvent> merges = new ArrayList<>();
        for (CstaEvent event : events) {
            touched.add(event.call());
            Optional<CallRef> secondary = secondary(event);
            if (event instanceof TransferredEvent || event instanceof ConferencedEvent) {
                merges.add(event);
                secondary.ifPresent(touched::add);
            }
        }
        for (CstaEvent merge : merges) {
            List<CallUpdate> updates = new ArrayList<>(2);
            updates.add(delta(merge.call(), causes, visible));
            touched.remove(merge.call());
            secondary(merge).ifPresent(old -> {
                updates.add(delta(old, causes, visible));
                touched.remove(old);
            });
            MergeKind kind = merge instanceof TransferredEvent ? MergeKind.TRANSFER : MergeKind.CONFERENCE;
            sink.callsMerged(new CallMerge(kind, StableIds.of(merge.call()), updates));
        }
        for (CallRef ref : touched) {
            CallUpdate update = delta(ref, causes, visible);
            if (!update.connections().isEmpty()) {
                sink.callChanged(update);
            }
        }
    }

    @Override
    public List<CallUpdate> completeCallsAt(String userId, Predicate<String> visible) {
        DeviceId device = DeviceId.of(userId);
        List<CallUpdate> complete = new ArrayList<>();
        Set<CallRef> now = new LinkedHashSet<>();
        for (CstaCall call : model.callsOf(device)) {
            if (call.connection(device).filter(c -> c.isMonitored()).isPresent()) {
                complete.add(record(call, visible));
                now.add(call.ref());
            }
        }
        for (CallRef left : reported.callsWith(device)) {
            if (!now.contains(left)) {
                Optional<CstaCall> call = model.call(left);
                if (call.isPresent()) {
                    record(call.get(), visible);
                } else {
                    reported.forget(left);
                }
            }
        }
        return complete;
    }

    @Override
    public ServiceSnapshot restore(Predicate<String> visible, Map<String, ServiceCause> outOfService) {
        reported.clear();
        List<CallUpdate> calls = new ArrayList<>();
        for (CstaCall call : model.calls()) {
            CallUpdate update = record(call, visible);
            if (update.connections().stream().anyMatch(ConnectionUpdate::local)) {
                calls.add(update);
            } else {
                reported.forget(call.ref());
            }
        }
        return new ServiceSnapshot(calls, outOfService);
    }

    private CallUpdate record(CstaCall call, Predicate<String> visible) {
        Map<DeviceId, ConnectionUpdate> parties = projector.parties(call, visible);
        reported.put(call.ref(), parties);
        CallUpdate.Builder b = projector.header(call);
        parties.values().forEach(b::connection);
        return b.build();
    }

    private CallUpdate delta(CallRef ref, EventCauses causes, Predicate<String> visible) {
        Map<DeviceId, ConnectionUpdate> before = reported.get(ref);
        Optional<CstaCall> call = model.call(ref);
        Map<DeviceId, ConnectionUpdate> after = call.isPresent() ? projector.parties(call.get(), visible) : Map.of();
        CallUpdate.Builder b = call.isPresent() ? projector.header(call.get()) : CallUpdate.builder(StableIds.of(ref));
        PartyDiff.between(before, after, device -> causes.of(ref, device),
                causes.leaversInOrder(ref, before.keySet(), after.keySet())).values().forEach(b::connection);
        if (after.isEmpty()) {
            reported.forget(ref);
        } else {
            reported.put(ref, after);
        }
        return b.build();
    }

    private static Optional<CallRef> secondary(CstaEvent event) {
        if (event instanceof TransferredEvent) {
            return ((TransferredEvent) event).secondaryOldCall();
        }
        return event instanceof ConferencedEvent ? ((ConferencedEvent) event).secondaryOldCall() : Optional.empty();
    }
}
