package io.bwjtapi.provider.spi;

import java.util.List;
import java.util.Objects;

/**
 * Related updates of several calls that the JTAPI layer reports as one transfer or conference: the
 * parties of the old calls end up in the result call. The updates are deltas, applied in order: typically
 * the result call's update creates the parties that moved over, and the old calls' updates disconnect
 * theirs (with cause {@link SwitchCause#TRANSFER} or {@link SwitchCause#CONFERENCE}).
 */
public final class CallMerge {
    private final MergeKind kind;
    private final String resultCallId;
    private final List<CallUpdate> updates;

    /**
     * @param kind transfer or conference
     * @param resultCallId the call that holds the parties afterwards; one of the updates' calls
     * @param updates the updates of every call involved, at least one
     */
    public CallMerge(MergeKind kind, String resultCallId, List<CallUpdate> updates) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.resultCallId = SpiChecks.name(resultCallId, "resultCallId");
        this.updates = SpiChecks.list(updates, "updates");
        if (this.updates.isEmpty()) {
            throw new IllegalArgumentException("a merge needs at least one update");
        }
    }

    /** @return transfer or conference */
    public MergeKind kind() {
        return kind;
    }

    /** @return the call that holds the parties afterwards */
    public String resultCallId() {
        return resultCallId;
    }

    /** @return the updates of the calls involved, in order */
    public List<CallUpdate> updates() {
        return updates;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CallMerge)) {
            return false;
        }
        CallMerge other = (CallMerge) o;
        return kind == other.kind && resultCallId.equals(other.resultCallId) && updates.equals(other.updates);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, resultCallId, updates);
    }

    @Override
    public String toString() {
        return "CallMerge[" + kind + " into " + resultCallId + ": " + updates + "]";
    }
}
