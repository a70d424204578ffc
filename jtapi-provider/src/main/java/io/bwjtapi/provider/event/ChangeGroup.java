package io.bwjtapi.provider.event;

import io.bwjtapi.provider.call.CallImpl;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.telephony.events.Ev;

/**
 * Changes that belong together and are delivered as one group: observers get them in one batch under one
 * meta code, listeners between one pair of meta events. A group is the result of one switch fact (a call
 * update, a transfer or conference), or the snapshot of one call.
 */
public final class ChangeGroup {
    /** How the group is bracketed for listeners. */
    public enum Kind {
        /** The progress of one call (single-call progress meta events). */
        PROGRESS,
        /** A snapshot of one call (single-call snapshot meta events). */
        SNAPSHOT,
        /** A transfer (multi-call transfer meta events). */
        TRANSFER,
        /** A conference (multi-call merge meta events). */
        MERGE
    }

    private final Kind kind;
    private final List<Change> changes;
    private final List<CallImpl> calls;
    private final CallImpl resultCall;

    /**
     * @param kind how the group is bracketed
     * @param changes the changes, in order
     * @param calls the calls concerned, in order
     * @param resultCall for a transfer or merge the resulting call, otherwise the single call
     */
    public ChangeGroup(Kind kind, List<Change> changes, List<CallImpl> calls, CallImpl resultCall) {
        this.kind = kind;
        this.changes = Collections.unmodifiableList(new ArrayList<>(changes));
        this.calls = Collections.unmodifiableList(new ArrayList<>(new LinkedHashSet<>(calls)));
        this.resultCall = resultCall;
    }

    /** @return how the group is bracketed */
    public Kind kind() {
        return kind;
    }

    /** @return the changes in order */
    public List<Change> changes() {
        return changes;
    }

    /** @return the calls concerned */
    public List<CallImpl> calls() {
        return calls;
    }

    /** @return the resulting call (the single call for progress and snapshot groups) */
    public CallImpl resultCall() {
        return resultCall;
    }

    /** @return whether nothing changed */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /**
     * Returns the changes of some calls only.
     *
     * @param wanted the calls
     * @return the changes of those calls, in order
     */
    public List<Change> changesOf(Set<CallImpl> wanted) {
        List<Change> selected = new ArrayList<>();
        for (Change change : changes) {
            if (wanted.contains(change.call())) {
                selected.add(change);
            }
        }
        return selected;
    }

    /** @return the observer meta code of the group */
    public int metaCode() {
        switch (kind) {
            case SNAPSHOT: return Ev.META_SNAPSHOT;
            case TRANSFER: return Ev.META_CALL_TRANSFERRING;
            case MERGE: return Ev.META_CALL_MERGING;
            default: return progressMetaCode();
        }
    }

    private int progressMetaCode() {
        boolean created = false;
        boolean removed = false;
        for (Change change : changes) {
            switch (change.kind()) {
                case CALL_ACTIVE: return Ev.META_CALL_STARTING;
                case CALL_INVALID: return Ev.META_CALL_ENDING;
                case CONNECTION_CREATED: created = true; break;
                case CONNECTION_STATE:
                    removed |= change.coreState() == javax.telephony.Connection.DISCONNECTED;
                    break;
                default: break;
            }
        }
        if (created) {
            return Ev.META_CALL_ADDITIONAL_PARTY;
        }
        return removed ? Ev.META_CALL_REMOVING_PARTY : Ev.META_CALL_PROGRESS;
    }
}
