package io.bwjtapi.csta.model;

import java.util.Collections;
import java.util.Map;
import java.util.Set;

/**
 * A set of changes to a {@link CallModel}, computed over a {@link ModelEdit}: new, changed and removed calls
 * and the call halves that ended or came back. Immutable; apply it once, to the model version it was
 * computed against.
 */
public final class ModelChange {
    private final long baseVersion;
    private final Map<CallRef, CstaCall> calls;
    private final Map<LegRef, Boolean> ended;
    private final long nextCallNumber;

    ModelChange(long baseVersion, Map<CallRef, CstaCall> calls, Map<LegRef, Boolean> ended, long nextCallNumber) {
        this.baseVersion = baseVersion;
        // the edit hands its maps over and stages nothing more; they never leave this class unwrapped
        this.calls = calls;
        this.ended = ended;
        this.nextCallNumber = nextCallNumber;
    }

    /**
     * Applies the changes. An empty change leaves the model (and its version) as it is.
     *
     * @param model the model, at the version the change was computed against
     * @throws IllegalStateException when the model changed since
     */
    public void applyTo(CallModel model) {
        if (!isEmpty() || model.nextCallNumber() != nextCallNumber) {
            model.apply(this);
        }
    }

    /** @return whether nothing changes */
    public boolean isEmpty() {
        return calls.isEmpty() && ended.isEmpty();
    }

    /** @return the calls that are added, changed or removed */
    public Set<CallRef> touchedCalls() {
        return Collections.unmodifiableSet(calls.keySet());
    }

    long baseVersion() {
        return baseVersion;
    }

    /** The calls as they are to be; {@code null} for a removed call. */
    Map<CallRef, CstaCall> calls() {
        return calls;
    }

    Map<LegRef, Boolean> ended() {
        return ended;
    }

    long nextCallNumber() {
        return nextCallNumber;
    }

    @Override
    public String toString() {
        return "ModelChange[from v" + baseVersion + ", calls=" + calls.keySet() + ", ended=" + ended + "]";
    }
}
