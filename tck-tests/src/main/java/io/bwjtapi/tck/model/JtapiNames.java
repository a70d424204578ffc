package io.bwjtapi.tck.model;

import java.util.Map;
import javax.telephony.events.Ev;

/** Names of the standard cause and meta code constants, for transcripts and messages. */
public final class JtapiNames {
    private static final Map<Integer, String> CAUSES = Map.ofEntries(
            Map.entry(Ev.CAUSE_CALL_CANCELLED, "CALL_CANCELLED"),
            Map.entry(Ev.CAUSE_DEST_NOT_OBTAINABLE, "DEST_NOT_OBTAINABLE"),
            Map.entry(Ev.CAUSE_INCOMPATIBLE_DESTINATION, "INCOMPATIBLE_DESTINATION"),
            Map.entry(Ev.CAUSE_LOCKOUT, "LOCKOUT"),
            Map.entry(Ev.CAUSE_NETWORK_CONGESTION, "NETWORK_CONGESTION"),
            Map.entry(Ev.CAUSE_NETWORK_NOT_OBTAINABLE, "NETWORK_NOT_OBTAINABLE"),
            Map.entry(Ev.CAUSE_NEW_CALL, "NEW_CALL"),
            Map.entry(Ev.CAUSE_NORMAL, "NORMAL"),
            Map.entry(Ev.CAUSE_RESOURCES_NOT_AVAILABLE, "RESOURCES_NOT_AVAILABLE"),
            Map.entry(Ev.CAUSE_SNAPSHOT, "SNAPSHOT"),
            Map.entry(Ev.CAUSE_UNKNOWN, "UNKNOWN"));
    private static final Map<Integer, String> META_CODES = Map.of(
            Ev.META_CALL_STARTING, "CALL_STARTING",
            Ev.META_CALL_PROGRESS, "CALL_PROGRESS",
            Ev.META_CALL_ADDITIONAL_PARTY, "CALL_ADDITIONAL_PARTY",
            Ev.META_CALL_REMOVING_PARTY, "CALL_REMOVING_PARTY",
            Ev.META_CALL_ENDING, "CALL_ENDING",
            Ev.META_CALL_MERGING, "CALL_MERGING",
            Ev.META_CALL_TRANSFERRING, "CALL_TRANSFERRING",
            Ev.META_SNAPSHOT, "SNAPSHOT",
            Ev.META_UNKNOWN, "UNKNOWN");

    private JtapiNames() {
    }

    /** The name of a standard cause, or its number. */
    public static String cause(int cause) {
        return CAUSES.getOrDefault(cause, Integer.toString(cause));
    }

    /** The name of an observer meta code, or its number. */
    public static String metaCode(int metaCode) {
        return META_CODES.getOrDefault(metaCode, Integer.toString(metaCode));
    }

    /** The name of a listener meta event ID (e.g. {@code SINGLECALL_META_SNAPSHOT_STARTED}), or its number. */
    public static String metaEvent(int id) {
        EventKind kind = EventCatalog.kind(EventKind.Model.LISTENER, id);
        return kind.subject() == EventKind.Subject.META ? kind.name() : Integer.toString(id);
    }
}
