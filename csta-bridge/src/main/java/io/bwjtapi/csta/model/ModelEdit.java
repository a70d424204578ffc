package io.bwjtapi.csta.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Changes staged on top of a model without touching it. Reads see the base with the staged changes applied;
 * {@link #commit()} returns them as a {@link ModelChange} to apply to the base model later (or never).
 * Not thread-safe; reading the base while it changes is not allowed.
 */
public final class ModelEdit implements CallModelView {
    private final CallModelView base;
    private final Map<CallRef, CstaCall> changed = new LinkedHashMap<>(4);
    private Map<LegRef, Boolean> ended = Map.of();
    private long nextCallNumber;
    private boolean committed;

    /**
     * Starts an edit.
     *
     * @param base the model (or view of it) the changes will apply to
     */
    public ModelEdit(CallModelView base) {
        this.base = Objects.requireNonNull(base, "base");
        this.nextCallNumber = base.nextCallNumber();
    }

    @Override
    public long version() {
        return base.version();
    }

    @Override
    public Optional<CstaCall> call(CallRef ref) {
        return changed.containsKey(ref) ? Optional.ofNullable(changed.get(ref)) : base.call(ref);
    }

    @Override
    public List<CstaCall> calls() {
        Map<CallRef, CstaCall> all = new TreeMap<>();
        base.calls().forEach(c -> all.put(c.ref(), c));
        changed.forEach((ref, call) -> {
            if (call == null) {
                all.remove(ref);
            } else {
                all.put(ref, call);
            }
        });
        return List.copyOf(all.values());
    }

    @Override
    public List<CstaCall> callsOf(DeviceId device) {
        Map<CallRef, CstaCall> mine = new TreeMap<>();
        for (CstaCall c : base.callsOf(device)) {
            if (!changed.containsKey(c.ref())) {
                mine.put(c.ref(), c);
            }
        }
        for (CstaCall c : changed.values()) {
            if (c != null && c.connection(device).isPresent()) {
                mine.put(c.ref(), c);
            }
        }
        return new ArrayList<>(mine.values());
    }

    @Override
    public Optional<CstaCall> callByExtTrackingId(String extTrackingId) {
        for (CstaCall c : changed.values()) {
            if (c != null && c.hasSession(extTrackingId)) {
                return Optional.of(c);
            }
        }
        return base.callByExtTrackingId(extTrackingId).filter(c -> !changed.containsKey(c.ref()));
    }

    @Override
    public Optional<CstaCall> callOfLeg(LegRef leg) {
        for (CstaCall c : changed.values()) {
            if (c != null && c.hasLeg(leg)) {
                return Optional.of(c);
            }
        }
        return base.callOfLeg(leg).filter(c -> !changed.containsKey(c.ref()));
    }

    @Override
    public boolean isRecentlyEnded(LegRef leg) {
        Boolean staged = ended.get(leg);
        return staged != null ? staged : base.isRecentlyEnded(leg);
    }

    @Override
    public long nextCallNumber() {
        return nextCallNumber;
    }

    /** @return a reference for a new call */
    public CallRef newCallRef() {
        writable();
        return CallRef.of(nextCallNumber++);
    }

    /**
     * Stages a new or changed call.
     *
     * @param call the call as it is to be
     */
    public void put(CstaCall call) {
        writable();
        changed.put(call.ref(), call);
    }

    /**
     * Stages the removal of a call.
     *
     * @param ref the call
     */
    public void remove(CallRef ref) {
        writable();
        if (base.call(ref).isPresent()) {
            changed.put(ref, null);
        } else {
            changed.remove(ref);
        }
    }

    /**
     * Remembers that a half left, so that late events about it are dropped.
     *
     * @param leg the half
     */
    public void markEnded(LegRef leg) {
        ended().put(leg, Boolean.TRUE);
    }

    /**
     * Forgets that a half left (a snapshot showed it alive).
     *
     * @param leg the half
     */
    public void forgetEnded(LegRef leg) {
        if (isRecentlyEnded(leg)) {
            ended().put(leg, Boolean.FALSE);
        }
    }

    /** @return the staged changes, to apply to the base model; the edit takes no more changes */
    public ModelChange commit() {
        writable();
        committed = true;
        // a call staged back to what the base holds is no change
        changed.entrySet().removeIf(e -> e.getValue() != null && base.call(e.getKey()).filter(e.getValue()::equals)
                .isPresent());
        return new ModelChange(base.version(), changed, ended, nextCallNumber);
    }

    private Map<LegRef, Boolean> ended() {
        writable();
        if (ended.isEmpty()) {
            ended = new LinkedHashMap<>(4);
        }
        return ended;
    }

    private void writable() {
        if (committed) {
            throw new IllegalStateException("the edit was committed");
        }
    }
}
