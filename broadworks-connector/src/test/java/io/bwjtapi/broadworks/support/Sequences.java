package io.bwjtapi.broadworks.support;

import java.util.List;

/** Event sequences several call flows share, as the applications watching user 1001 see them. */
public final class Sequences {
    /** 1001 dials 1002 from the phone; 1002 alerts (call-1), observer view. */
    public static final List<String> DIAL_1001_TO_1002 = List.of("call-1: CallActiveEv",
            "call-1: ConnCreatedEv 1001",
            "call-1: ConnConnectedEv 1001",
            "call-1: CallCtlConnEstablishedEv 1001",
            "call-1: TermConnCreatedEv user1001@sim.example",
            "call-1: TermConnActiveEv user1001@sim.example",
            "call-1: CallCtlTermConnTalkingEv user1001@sim.example",
            "call-1: ConnCreatedEv 1002",
            "call-1: ConnAlertingEv 1002",
            "call-1: CallCtlConnAlertingEv 1002");
    /** The same, listener view. */
    public static final List<String> DIAL_1001_TO_1002_LISTENER = List.of("call-1: SINGLECALL_META_PROGRESS_STARTED",
            "call-1: CALL_ACTIVE",
            "call-1: CONNECTION_CREATED 1001",
            "call-1: CONNECTION_CONNECTED 1001",
            "call-1: CALLCTL_CONNECTION_ESTABLISHED 1001",
            "call-1: TERMINAL_CONNECTION_CREATED user1001@sim.example",
            "call-1: TERMINAL_CONNECTION_ACTIVE user1001@sim.example",
            "call-1: CALLCTL_TERMINAL_CONNECTION_TALKING user1001@sim.example",
            "call-1: CONNECTION_CREATED 1002",
            "call-1: CONNECTION_ALERTING 1002",
            "call-1: CALLCTL_CONNECTION_ALERTING 1002",
            "call-1: SINGLECALL_META_PROGRESS_ENDED");
    /** 1002 answers call-1 at the phone, observer view. */
    public static final List<String> ANSWER_1002 = List.of("call-1: ConnConnectedEv 1002",
            "call-1: CallCtlConnEstablishedEv 1002",
            "call-1: TermConnCreatedEv user1002@sim.example",
            "call-1: TermConnActiveEv user1002@sim.example",
            "call-1: CallCtlTermConnTalkingEv user1002@sim.example");
    /** The same, listener view. */
    public static final List<String> ANSWER_1002_LISTENER = List.of("call-1: SINGLECALL_META_PROGRESS_STARTED",
            "call-1: CONNECTION_CONNECTED 1002",
            "call-1: CALLCTL_CONNECTION_ESTABLISHED 1002",
            "call-1: TERMINAL_CONNECTION_CREATED user1002@sim.example",
            "call-1: TERMINAL_CONNECTION_ACTIVE user1002@sim.example",
            "call-1: CALLCTL_TERMINAL_CONNECTION_TALKING user1002@sim.example",
            "call-1: SINGLECALL_META_PROGRESS_ENDED");
    /** An external caller rings 1001 and 1001 answers at the phone (call-1), observer view. */
    public static final List<String> EXTERNAL_ANSWERED_BY_1001 = List.of("call-1: CallActiveEv",
            "call-1: ConnCreatedEv 1001",
            "call-1: ConnAlertingEv 1001",
            "call-1: CallCtlConnAlertingEv 1001",
            "call-1: TermConnCreatedEv user1001@sim.example",
            "call-1: TermConnRingingEv user1001@sim.example",
            "call-1: CallCtlTermConnRingingEv user1001@sim.example",
            "call-1: ConnCreatedEv +4940555000",
            "call-1: ConnConnectedEv +4940555000",
            "call-1: CallCtlConnEstablishedEv +4940555000",
            "call-1: ConnConnectedEv 1001",
            "call-1: CallCtlConnEstablishedEv 1001",
            "call-1: TermConnActiveEv user1001@sim.example",
            "call-1: CallCtlTermConnTalkingEv user1001@sim.example");
    /** The same, listener view. */
    public static final List<String> EXTERNAL_ANSWERED_BY_1001_LISTENER = List.of(
            "call-1: SINGLECALL_META_PROGRESS_STARTED",
            "call-1: CALL_ACTIVE",
            "call-1: CONNECTION_CREATED 1001",
            "call-1: CONNECTION_ALERTING 1001",
            "call-1: CALLCTL_CONNECTION_ALERTING 1001",
            "call-1: TERMINAL_CONNECTION_CREATED user1001@sim.example",
            "call-1: TERMINAL_CONNECTION_RINGING user1001@sim.example",
            "call-1: CALLCTL_TERMINAL_CONNECTION_RINGING user1001@sim.example",
            "call-1: CONNECTION_CREATED +4940555000",
            "call-1: CONNECTION_CONNECTED +4940555000",
            "call-1: CALLCTL_CONNECTION_ESTABLISHED +4940555000",
            "call-1: SINGLECALL_META_PROGRESS_ENDED",
            "call-1: SINGLECALL_META_PROGRESS_STARTED",
            "call-1: CONNECTION_CONNECTED 1001",
            "call-1: CALLCTL_CONNECTION_ESTABLISHED 1001",
            "call-1: TERMINAL_CONNECTION_ACTIVE user1001@sim.example",
            "call-1: CALLCTL_TERMINAL_CONNECTION_TALKING user1001@sim.example",
            "call-1: SINGLECALL_META_PROGRESS_ENDED");
    /** The snapshot of that call after a failover, observer view. */
    public static final List<String> EXTERNAL_CALL_SNAPSHOT = List.of("call-1: CallActiveEv",
            "call-1: ConnCreatedEv 1001",
            "call-1: ConnConnectedEv 1001",
            "call-1: CallCtlConnEstablishedEv 1001",
            "call-1: ConnCreatedEv +4940555000",
            "call-1: ConnConnectedEv +4940555000",
            "call-1: CallCtlConnEstablishedEv +4940555000",
            "call-1: TermConnCreatedEv user1001@sim.example",
            "call-1: TermConnActiveEv user1001@sim.example",
            "call-1: CallCtlTermConnTalkingEv user1001@sim.example");
    /** The same, listener view. */
    public static final List<String> EXTERNAL_CALL_SNAPSHOT_LISTENER = List.of(
            "call-1: SINGLECALL_META_SNAPSHOT_STARTED",
            "call-1: CALL_ACTIVE",
            "call-1: CONNECTION_CREATED 1001",
            "call-1: CONNECTION_CONNECTED 1001",
            "call-1: CALLCTL_CONNECTION_ESTABLISHED 1001",
            "call-1: CONNECTION_CREATED +4940555000",
            "call-1: CONNECTION_CONNECTED +4940555000",
            "call-1: CALLCTL_CONNECTION_ESTABLISHED +4940555000",
            "call-1: TERMINAL_CONNECTION_CREATED user1001@sim.example",
            "call-1: TERMINAL_CONNECTION_ACTIVE user1001@sim.example",
            "call-1: CALLCTL_TERMINAL_CONNECTION_TALKING user1001@sim.example",
            "call-1: SINGLECALL_META_SNAPSHOT_ENDED");

    /**
     * @param address the address an application watches (with its terminal and the provider)
     * @return every channel lost: the device, then the provider, out of service (observer view)
     */
    public static List<String> lost(String address) {
        return List.of("BwAddrOutOfServiceEv " + address, "BwTermOutOfServiceEv user" + address + "@sim.example",
                "ProvOutOfServiceEv");
    }

    /** @param address the watched address @return the same, listener view */
    public static List<String> lostListener(String address) {
        return List.of("ADDRESS_OUT_OF_SERVICE " + address, "TERMINAL_OUT_OF_SERVICE user" + address + "@sim.example",
                "PROVIDER_OUT_OF_SERVICE");
    }

    /** @param address the watched address @return back: the provider, then the device, in service (observer) */
    public static List<String> restored(String address) {
        return List.of("ProvInServiceEv", "BwAddrInServiceEv " + address,
                "BwTermInServiceEv user" + address + "@sim.example");
    }

    /** @param address the watched address @return the same, listener view */
    public static List<String> restoredListener(String address) {
        return List.of("PROVIDER_IN_SERVICE", "ADDRESS_IN_SERVICE " + address,
                "TERMINAL_IN_SERVICE user" + address + "@sim.example");
    }

    /**
     * @param lists sequences
     * @return them one after the other
     */
    @SafeVarargs
    public static List<String> concat(List<String>... lists) {
        java.util.List<String> all = new java.util.ArrayList<>();
        for (List<String> list : lists) {
            all.addAll(list);
        }
        return all;
    }

    private Sequences() {
    }
}
