package io.bwjtapi.csta.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The live call model of one provider. Single writer: it is read and changed only on the provider's model
 * thread, without locks; other threads read a {@link #snapshot()}. Changes come as {@link ModelChange}s,
 * computed by the translator or the reconciler over a {@link ModelEdit} and applied here.
 *
 * <p>Invariants kept by every change: each call has at least one monitored connection; a device has at most
 * one connection per call; each Xsi call half is in exactly one connection; no connection is in state null;
 * every session (extTrackingId) belongs to one call.
 */
public final class CallModel implements CallModelView {
    /** How many ended call halves are remembered by default, to drop late events about them. */
    public static final int DEFAULT_ENDED_CAPACITY = 16_384;

    private final Map<CallRef, CstaCall> calls = new HashMap<>();
    private final Map<String, CallRef> bySession = new HashMap<>();
    private final Map<LegRef, CallRef> byLeg = new HashMap<>();
    private final Map<DeviceId, Set<CallRef>> byDevice = new HashMap<>();
    private final RecentLegs ended;
    private long nextCallNumber = 1;
    private long version;

    /** Creates an empty model remembering {@link #DEFAULT_ENDED_CAPACITY} ended halves. */
    public CallModel() {
        this(DEFAULT_ENDED_CAPACITY);
    }

    /**
     * Creates an empty model.
     *
     * @param endedCapacity how many ended call halves to remember
     */
    public CallModel(int endedCapacity) {
        this.ended = new RecentLegs(endedCapacity);
    }

    private CallModel(CallModel source) {
        this.ended = source.ended.copy();
        this.nextCallNumber = source.nextCallNumber;
        this.version = source.version;
        source.calls.values().forEach(this::put);
    }

    /** @return an independent copy, equal to this model (for tests and what-if computations) */
    public CallModel copy() {
        return new CallModel(this);
    }

    /** @return an immutable view of the model as it is now, safe to read from any thread (a copy: linear cost) */
    public CallModelView snapshot() {
        return new FrozenView(copy());
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public Optional<CstaCall> call(CallRef ref) {
        return Optional.ofNullable(calls.get(ref));
    }

    @Override
    public List<CstaCall> calls() {
        return byRef(new TreeSet<>(calls.keySet()));
    }

    @Override
    public List<CstaCall> callsOf(DeviceId device) {
        Set<CallRef> refs = byDevice.get(device);
        return refs == null ? List.of() : byRef(new TreeSet<>(refs));
    }

    @Override
    public Optional<CstaCall> callByExtTrackingId(String extTrackingId) {
        CallRef ref = bySession.get(extTrackingId);
        return ref == null ? Optional.empty() : call(ref);
    }

    @Override
    public Optional<CstaCall> callOfLeg(LegRef leg) {
        CallRef ref = byLeg.get(leg);
        return ref == null ? Optional.empty() : call(ref);
    }

    @Override
    public boolean isRecentlyEnded(LegRef leg) {
        return ended.contains(leg);
    }

    @Override
    public long nextCallNumber() {
        return nextCallNumber;
    }

    /** @return how many calls the model holds */
    public int size() {
        return calls.size();
    }

    /** Applies a change computed against this model's current version. */
    void apply(ModelChange change) {
        if (change.baseVersion() != version) {
            throw new IllegalStateException("the change was computed against version " + change.baseVersion()
                    + " but the model is at version " + version);
        }
        for (Map.Entry<CallRef, CstaCall> e : change.calls().entrySet()) {
            CstaCall old = e.getValue() == null ? calls.remove(e.getKey()) : calls.put(e.getKey(), e.getValue());
            reindex(old, e.getValue());
        }
        change.ended().forEach((leg, isEnded) -> {
            if (isEnded) {
                ended.add(leg);
            } else {
                ended.remove(leg);
            }
        });
        nextCallNumber = change.nextCallNumber();
        version++;
    }

    private void put(CstaCall call) {
        calls.put(call.ref(), call);
        reindex(null, call);
    }

    /** Moves the indexes from one version of a call to the next, touching only what differs. */
    private void reindex(CstaCall old, CstaCall now) {
        CallRef ref = old != null ? old.ref() : now.ref();
        if (old != null) {
            for (CstaConnection c : old.connectionArray()) {
                CstaConnection next = now == null ? null : now.find(c.device());
                if (next == null) {
                    Set<CallRef> refs = byDevice.get(c.device());
                    if (refs != null && refs.remove(ref) && refs.isEmpty()) {
                        byDevice.remove(c.device());
                    }
                }
                for (Leg leg : c.legArray()) {
                    if (next == null || next.findLeg(leg.callId()) == null) {
                        byLeg.remove(leg.ref(), ref);
                    }
                    if (now == null || !now.hasSession(leg.extTrackingId())) {
                        bySession.remove(leg.extTrackingId(), ref);
                    }
                }
            }
        }
        if (now != null) {
            for (CstaConnection c : now.connectionArray()) {
                CstaConnection previous = old == null ? null : old.find(c.device());
                if (previous == null) {
                    byDevice.computeIfAbsent(c.device(), d -> new HashSet<>(4)).add(ref);
                }
                for (Leg leg : c.legArray()) {
                    Leg had = previous == null ? null : previous.findLeg(leg.callId());
                    if (had == null) {
                        byLeg.put(leg.ref(), ref);
                    }
                    if (had == null || !had.extTrackingId().equals(leg.extTrackingId())) {
                        bySession.put(leg.extTrackingId(), ref);
                    }
                }
            }
        }
    }

    private List<CstaCall> byRef(Set<CallRef> refs) {
        List<CstaCall> result = new ArrayList<>(refs.size());
        for (CallRef ref : refs) {
            result.add(calls.get(ref));
        }
        return Collections.unmodifiableList(result);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CallModel)) {
            return false;
        }
        CallModel m = (CallModel) o;
        return calls.equals(m.calls) && ended.asSet().equals(m.ended.asSet()) && nextCallNumber == m.nextCallNumber;
    }

    @Override
    public int hashCode() {
        return calls.hashCode();
    }

    @Override
    public String toString() {
        return "CallModel[v" + version + ", " + calls() + "]";
    }
}
