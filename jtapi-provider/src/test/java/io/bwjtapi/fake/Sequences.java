package io.bwjtapi.fake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Event sequences that several scenarios expect, spelled out once. */
public final class Sequences {
    private Sequences() {
    }

    /** @param parts lists and single events @return them joined in order */
    public static List<String> of(Object... parts) {
        List<String> all = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof List) {
                for (Object item : (List<?>) part) {
                    all.add((String) item);
                }
            } else {
                all.add((String) part);
            }
        }
        return all;
    }

    /**
     * @param id call @param group the meta group kind, e.g. SINGLECALL_META_PROGRESS @param events inside @return
     * bracketed
     */
    public static List<String> bracketed(String id, String group, List<String> events) {
        return of(id + ": " + group + "_STARTED", events, id + ": " + group + "_ENDED");
    }

    /** @param id call @param user the local party that leaves @return its observer events */
    public static List<String> leaves(String id, String user) {
        return Arrays.asList(
                id + ": TermConnDroppedEv dev" + user,
                id + ": CallCtlTermConnDroppedEv dev" + user,
                id + ": ConnDisconnectedEv " + user,
                id + ": CallCtlConnDisconnectedEv " + user);
    }

    /** @param id call @param user the local party that leaves @return its listener events */
    public static List<String> leavesForListener(String id, String user) {
        return Arrays.asList(
                id + ": TERMINAL_CONNECTION_DROPPED dev" + user,
                id + ": CALLCTL_TERMINAL_CONNECTION_DROPPED dev" + user,
                id + ": CONNECTION_DISCONNECTED " + user,
                id + ": CALLCTL_CONNECTION_DISCONNECTED " + user);
    }

    /** @param id call @param party a remote party that leaves @return its observer events */
    public static List<String> remoteLeaves(String id, String party) {
        return Arrays.asList(id + ": ConnDisconnectedEv " + party, id + ": CallCtlConnDisconnectedEv " + party);
    }

    /** @param id call @param party a remote party that leaves @return its listener events */
    public static List<String> remoteLeavesForListener(String id, String party) {
        return Arrays.asList(id + ": CONNECTION_DISCONNECTED " + party,
                id + ": CALLCTL_CONNECTION_DISCONNECTED " + party);
    }

    /** @param id call @param user a local party that starts ringing @return its observer events */
    public static List<String> rings(String id, String user) {
        return Arrays.asList(
                id + ": ConnCreatedEv " + user,
                id + ": ConnAlertingEv " + user,
                id + ": CallCtlConnAlertingEv " + user,
                id + ": TermConnCreatedEv dev" + user,
                id + ": TermConnRingingEv dev" + user,
                id + ": CallCtlTermConnRingingEv dev" + user);
    }

    /** @param id call @param user a local party that starts ringing @return its listener events */
    public static List<String> ringsForListener(String id, String user) {
        return Arrays.asList(
                id + ": CONNECTION_CREATED " + user,
                id + ": CONNECTION_ALERTING " + user,
                id + ": CALLCTL_CONNECTION_ALERTING " + user,
                id + ": TERMINAL_CONNECTION_CREATED dev" + user,
                id + ": TERMINAL_CONNECTION_RINGING dev" + user,
                id + ": CALLCTL_TERMINAL_CONNECTION_RINGING dev" + user);
    }

    /** @param id call @return the end of a call for an observer */
    public static List<String> ends(String id) {
        return Arrays.asList(id + ": CallInvalidEv", id + ": CallObservationEndedEv");
    }
}
