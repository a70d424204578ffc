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
    /** An external caller rings 1001 (call-1), observer view. */
    public static final List<String> EXTERNAL_RINGS_1001 = List.of("call-1: CallActiveEv",
            "call-1: ConnCreatedEv 1001",
            "call-1: ConnAlertingEv 1001",
            "call-1: CallCtlConnAlertingEv 1001",
            "call-1: TermConnCreatedEv user1001@sim.example",
            "call-1: TermConnRingingEv user1001@sim.example",
            "call-1: CallCtlTermConnRingingEv user1001@sim.example",
            "call-1: ConnCreatedEv +4940555000",
            "call-1: ConnConnectedEv +4940555000",
            "call-1: CallCtlConnEstablishedEv +4940555000");
    /** The same, listener view. */
    public static final List<String> EXTERNAL_RINGS_1001_LISTENER = List.of("call-1: SINGLECALL_META_PROGRESS_STARTED",
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
            "call-1: SINGLECALL_META_PROGRESS_ENDED");
    /** 1001 answers that call at the phone, observer view. */
    public static final List<String> ANSWERED_BY_1001 = List.of("call-1: ConnConnectedEv 1001",
            "call-1: CallCtlConnEstablishedEv 1001",
            "call-1: TermConnActiveEv user1001@sim.example",
            "call-1: CallCtlTermConnTalkingEv user1001@sim.example");
    /** The same, listener view. */
    public static final List<String> ANSWERED_BY_1001_LISTENER = List.of("call-1: SINGLECALL_META_PROGRESS_STARTED",
            "call-1: CONNECTION_CONNECTED 1001",
            "call-1: CALLCTL_CONNECTION_ESTABLISHED 1001",
            "call-1: TERMINAL_CONNECTION_ACTIVE user1001@sim.example",
            "call-1: CALLCTL_TERMINAL_CONNECTION_TALKING user1001@sim.example",
            "call-1: SINGLECALL_META_PROGRESS_ENDED");
    /** An external caller rings 1001 and 1001 answers at the phone (call-1), observer view. */
    public static final List<String> EXTERNAL_ANSWERED_BY_1001 = concat(EXTERNAL_RINGS_1001, ANSWERED_BY_1001);
    /** The same, listener view. */
    public static final List<String> EXTERNAL_ANSWERED_BY_1001_LISTENER = concat(EXTERNAL_RINGS_1001_LISTENER,
            ANSWERED_BY_1001_LISTENER);
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

    /** 1002 calls 1001 from the phone and it rings there (call-1), observer view. */
    public static final List<String> RINGING_FROM_1002 = List.of("call-1: CallActiveEv",
            "call-1: ConnCreatedEv 1002",
            "call-1: ConnConnectedEv 1002",
            "call-1: CallCtlConnEstablishedEv 1002",
            "call-1: TermConnCreatedEv user1002@sim.example",
            "call-1: TermConnActiveEv user1002@sim.example",
            "call-1: CallCtlTermConnTalkingEv user1002@sim.example",
            "call-1: ConnCreatedEv 1001",
            "call-1: ConnAlertingEv 1001",
            "call-1: CallCtlConnAlertingEv 1001");
    /** The same, listener view. */
    public static final List<String> RINGING_FROM_1002_LISTENER = List.of("call-1: SINGLECALL_META_PROGRESS_STARTED",
            "call-1: CALL_ACTIVE",
            "call-1: CONNECTION_CREATED 1002",
            "call-1: CONNECTION_CONNECTED 1002",
            "call-1: CALLCTL_CONNECTION_ESTABLISHED 1002",
            "call-1: TERMINAL_CONNECTION_CREATED user1002@sim.example",
            "call-1: TERMINAL_CONNECTION_ACTIVE user1002@sim.example",
            "call-1: CALLCTL_TERMINAL_CONNECTION_TALKING user1002@sim.example",
            "call-1: CONNECTION_CREATED 1001",
            "call-1: CONNECTION_ALERTING 1001",
            "call-1: CALLCTL_CONNECTION_ALERTING 1001",
            "call-1: SINGLECALL_META_PROGRESS_ENDED");
    /** 1002 calls 1001 from the phone and 1001 answers there (call-1), observer view. */
    public static final List<String> INCOMING_FROM_1002_ANSWERED = concat(RINGING_FROM_1002, List.of("call-1: ConnConnectedEv 1001",
            "call-1: CallCtlConnEstablishedEv 1001",
            "call-1: TermConnCreatedEv user1001@sim.example",
            "call-1: TermConnActiveEv user1001@sim.example",
            "call-1: CallCtlTermConnTalkingEv user1001@sim.example"));
    /** The same, listener view. */
    public static final List<String> INCOMING_FROM_1002_ANSWERED_LISTENER = concat(RINGING_FROM_1002_LISTENER,
            List.of("call-1: SINGLECALL_META_PROGRESS_STARTED",
            "call-1: CONNECTION_CONNECTED 1001",
            "call-1: CALLCTL_CONNECTION_ESTABLISHED 1001",
            "call-1: TERMINAL_CONNECTION_CREATED user1001@sim.example",
            "call-1: TERMINAL_CONNECTION_ACTIVE user1001@sim.example",
            "call-1: CALLCTL_TERMINAL_CONNECTION_TALKING user1001@sim.example",
            "call-1: SINGLECALL_META_PROGRESS_ENDED"));
    /** 1001 consults 1004 from call-1 through the application: call-1 held, call-2 placed, 1004 alerting. */
    public static final List<String> CONSULT_1001_TO_1004 = List.of("call-1: CallCtlTermConnHeldEv user1001@sim.example",
            "call-2: CallActiveEv",
            "call-2: ConnCreatedEv 1001",
            "call-2: ConnAlertingEv 1001",
            "call-2: CallCtlConnAlertingEv 1001",
            "call-2: TermConnCreatedEv user1001@sim.example",
            "call-2: TermConnRingingEv user1001@sim.example",
            "call-2: CallCtlTermConnRingingEv user1001@sim.example",
            "call-2: ConnConnectedEv 1001",
            "call-2: CallCtlConnEstablishedEv 1001",
            "call-2: TermConnActiveEv user1001@sim.example",
            "call-2: CallCtlTermConnTalkingEv user1001@sim.example",
            "call-2: ConnCreatedEv 1004",
            "call-2: ConnAlertingEv 1004",
            "call-2: CallCtlConnAlertingEv 1004");
    /** The same, listener view. */
    public static final List<String> CONSULT_1001_TO_1004_LISTENER = List.of("call-1: SINGLECALL_META_PROGRESS_STARTED",
            "call-1: CALLCTL_TERMINAL_CONNECTION_HELD user1001@sim.example",
            "call-1: SINGLECALL_META_PROGRESS_ENDED",
            "call-2: SINGLECALL_META_PROGRESS_STARTED",
            "call-2: CALL_ACTIVE",
            "call-2: CONNECTION_CREATED 1001",
            "call-2: CONNECTION_ALERTING 1001",
            "call-2: CALLCTL_CONNECTION_ALERTING 1001",
            "call-2: TERMINAL_CONNECTION_CREATED user1001@sim.example",
            "call-2: TERMINAL_CONNECTION_RINGING user1001@sim.example",
            "call-2: CALLCTL_TERMINAL_CONNECTION_RINGING user1001@sim.example",
            "call-2: SINGLECALL_META_PROGRESS_ENDED",
            "call-2: SINGLECALL_META_PROGRESS_STARTED",
            "call-2: CONNECTION_CONNECTED 1001",
            "call-2: CALLCTL_CONNECTION_ESTABLISHED 1001",
            "call-2: TERMINAL_CONNECTION_ACTIVE user1001@sim.example",
            "call-2: CALLCTL_TERMINAL_CONNECTION_TALKING user1001@sim.example",
            "call-2: CONNECTION_CREATED 1004",
            "call-2: CONNECTION_ALERTING 1004",
            "call-2: CALLCTL_CONNECTION_ALERTING 1004",
            "call-2: SINGLECALL_META_PROGRESS_ENDED");
    /** 1004 answers the consultation call (call-2). */
    public static final List<String> CONSULT_ANSWERED_BY_1004 = List.of("call-2: ConnConnectedEv 1004",
            "call-2: CallCtlConnEstablishedEv 1004",
            "call-2: TermConnCreatedEv user1004@sim.example",
            "call-2: TermConnActiveEv user1004@sim.example",
            "call-2: CallCtlTermConnTalkingEv user1004@sim.example");
    /** The same, listener view. */
    public static final List<String> CONSULT_ANSWERED_BY_1004_LISTENER = List.of("call-2: SINGLECALL_META_PROGRESS_STARTED",
            "call-2: CONNECTION_CONNECTED 1004",
            "call-2: CALLCTL_CONNECTION_ESTABLISHED 1004",
            "call-2: TERMINAL_CONNECTION_CREATED user1004@sim.example",
            "call-2: TERMINAL_CONNECTION_ACTIVE user1004@sim.example",
            "call-2: CALLCTL_TERMINAL_CONNECTION_TALKING user1004@sim.example",
            "call-2: SINGLECALL_META_PROGRESS_ENDED");
    /** 1002 hangs up the answered call-1 with 1001, observer view of 1001. */
    public static final List<String> RELEASED_BY_1002 = List.of("call-1: TermConnDroppedEv user1002@sim.example",
            "call-1: CallCtlTermConnDroppedEv user1002@sim.example",
            "call-1: ConnDisconnectedEv 1002",
            "call-1: CallCtlConnDisconnectedEv 1002",
            "call-1: TermConnDroppedEv user1001@sim.example",
            "call-1: CallCtlTermConnDroppedEv user1001@sim.example",
            "call-1: ConnDisconnectedEv 1001",
            "call-1: CallCtlConnDisconnectedEv 1001",
            "call-1: CallInvalidEv",
            "call-1: CallObservationEndedEv");
    /** The same, listener view. */
    public static final List<String> RELEASED_BY_1002_LISTENER = List.of("call-1: SINGLECALL_META_PROGRESS_STARTED",
            "call-1: TERMINAL_CONNECTION_DROPPED user1002@sim.example",
            "call-1: CALLCTL_TERMINAL_CONNECTION_DROPPED user1002@sim.example",
            "call-1: CONNECTION_DISCONNECTED 1002",
            "call-1: CALLCTL_CONNECTION_DISCONNECTED 1002",
            "call-1: SINGLECALL_META_PROGRESS_ENDED",
            "call-1: SINGLECALL_META_PROGRESS_STARTED",
            "call-1: TERMINAL_CONNECTION_DROPPED user1001@sim.example",
            "call-1: CALLCTL_TERMINAL_CONNECTION_DROPPED user1001@sim.example",
            "call-1: CONNECTION_DISCONNECTED 1001",
            "call-1: CALLCTL_CONNECTION_DISCONNECTED 1001",
            "call-1: CALL_INVALID",
            "call-1: SINGLECALL_META_PROGRESS_ENDED",
            "call-1: CALL_EVENT_TRANSMISSION_ENDED");
    /** call-1 stops ringing at 1002 (declined or unanswered) and ends for 1001, observer view of 1001. */
    public static final List<String> RING_ENDED_AT_1002 = List.of("call-1: ConnDisconnectedEv 1002",
            "call-1: CallCtlConnDisconnectedEv 1002",
            "call-1: TermConnDroppedEv user1001@sim.example",
            "call-1: CallCtlTermConnDroppedEv user1001@sim.example",
            "call-1: ConnDisconnectedEv 1001",
            "call-1: CallCtlConnDisconnectedEv 1001",
            "call-1: CallInvalidEv",
            "call-1: CallObservationEndedEv");
    /** The same, listener view. */
    public static final List<String> RING_ENDED_AT_1002_LISTENER = List.of("call-1: SINGLECALL_META_PROGRESS_STARTED",
            "call-1: CONNECTION_DISCONNECTED 1002",
            "call-1: CALLCTL_CONNECTION_DISCONNECTED 1002",
            "call-1: SINGLECALL_META_PROGRESS_ENDED",
            "call-1: SINGLECALL_META_PROGRESS_STARTED",
            "call-1: TERMINAL_CONNECTION_DROPPED user1001@sim.example",
            "call-1: CALLCTL_TERMINAL_CONNECTION_DROPPED user1001@sim.example",
            "call-1: CONNECTION_DISCONNECTED 1001",
            "call-1: CALLCTL_CONNECTION_DISCONNECTED 1001",
            "call-1: CALL_INVALID",
            "call-1: SINGLECALL_META_PROGRESS_ENDED",
            "call-1: CALL_EVENT_TRANSMISSION_ENDED");
    /** call-1 stops ringing at 1002, observer view of 1002. */
    public static final List<String> LEFT_1002 = List.of("call-1: ConnDisconnectedEv 1002",
            "call-1: CallCtlConnDisconnectedEv 1002",
            "call-1: CallObservationEndedEv");
    /** The same, listener view. */
    public static final List<String> LEFT_1002_LISTENER = List.of("call-1: SINGLECALL_META_PROGRESS_STARTED",
            "call-1: CONNECTION_DISCONNECTED 1002",
            "call-1: CALLCTL_CONNECTION_DISCONNECTED 1002",
            "call-1: SINGLECALL_META_PROGRESS_ENDED",
            "call-1: CALL_EVENT_TRANSMISSION_ENDED");
    /** 1001 hangs up call-1, observer view of 1001. */
    public static final List<String> RELEASED_BY_1001 = List.of("call-1: TermConnDroppedEv user1001@sim.example",
            "call-1: CallCtlTermConnDroppedEv user1001@sim.example",
            "call-1: ConnDisconnectedEv 1001",
            "call-1: CallCtlConnDisconnectedEv 1001",
            "call-1: CallObservationEndedEv");
    /** The same, listener view. */
    public static final List<String> RELEASED_BY_1001_LISTENER = List.of("call-1: SINGLECALL_META_PROGRESS_STARTED",
            "call-1: TERMINAL_CONNECTION_DROPPED user1001@sim.example",
            "call-1: CALLCTL_TERMINAL_CONNECTION_DROPPED user1001@sim.example",
            "call-1: CONNECTION_DISCONNECTED 1001",
            "call-1: CALLCTL_CONNECTION_DISCONNECTED 1001",
            "call-1: SINGLECALL_META_PROGRESS_ENDED",
            "call-1: CALL_EVENT_TRANSMISSION_ENDED");
    /** 1004 answers call-1 that rings there after a redirection, observer view. */
    public static final List<String> ANSWERED_BY_1004 = List.of("call-1: ConnConnectedEv 1004",
            "call-1: CallCtlConnEstablishedEv 1004",
            "call-1: TermConnActiveEv user1004@sim.example",
            "call-1: CallCtlTermConnTalkingEv user1004@sim.example");
    /** The same, listener view. */
    public static final List<String> ANSWERED_BY_1004_LISTENER = List.of("call-1: SINGLECALL_META_PROGRESS_STARTED",
            "call-1: CONNECTION_CONNECTED 1004",
            "call-1: CALLCTL_CONNECTION_ESTABLISHED 1004",
            "call-1: TERMINAL_CONNECTION_ACTIVE user1004@sim.example",
            "call-1: CALLCTL_TERMINAL_CONNECTION_TALKING user1004@sim.example",
            "call-1: SINGLECALL_META_PROGRESS_ENDED");

    /** The external party hangs up call-1 with 1001, observer view. */
    public static final List<String> RELEASED_BY_EXTERNAL = List.of("call-1: ConnDisconnectedEv +4940555000",
            "call-1: CallCtlConnDisconnectedEv +4940555000",
            "call-1: TermConnDroppedEv user1001@sim.example",
            "call-1: CallCtlTermConnDroppedEv user1001@sim.example",
            "call-1: ConnDisconnectedEv 1001",
            "call-1: CallCtlConnDisconnectedEv 1001",
            "call-1: CallInvalidEv",
            "call-1: CallObservationEndedEv");
    /** The same, listener view. */
    public static final List<String> RELEASED_BY_EXTERNAL_LISTENER = List.of("call-1: SINGLECALL_META_PROGRESS_STARTED",
            "call-1: CONNECTION_DISCONNECTED +4940555000",
            "call-1: CALLCTL_CONNECTION_DISCONNECTED +4940555000",
            "call-1: TERMINAL_CONNECTION_DROPPED user1001@sim.example",
            "call-1: CALLCTL_TERMINAL_CONNECTION_DROPPED user1001@sim.example",
            "call-1: CONNECTION_DISCONNECTED 1001",
            "call-1: CALLCTL_CONNECTION_DISCONNECTED 1001",
            "call-1: CALL_INVALID",
            "call-1: SINGLECALL_META_PROGRESS_ENDED",
            "call-1: CALL_EVENT_TRANSMISSION_ENDED");

    /** 1001 leaves call-1 first, then its external party, observer view. */
    public static final List<String> DROPPED_1001_WITH_EXTERNAL = List.of("call-1: TermConnDroppedEv user1001@sim.example",
            "call-1: CallCtlTermConnDroppedEv user1001@sim.example",
            "call-1: ConnDisconnectedEv 1001",
            "call-1: CallCtlConnDisconnectedEv 1001",
            "call-1: ConnDisconnectedEv +4940555000",
            "call-1: CallCtlConnDisconnectedEv +4940555000",
            "call-1: CallInvalidEv",
            "call-1: CallObservationEndedEv");
    /** The same, listener view. */
    public static final List<String> DROPPED_1001_WITH_EXTERNAL_LISTENER = List.of("call-1: SINGLECALL_META_PROGRESS_STARTED",
            "call-1: TERMINAL_CONNECTION_DROPPED user1001@sim.example",
            "call-1: CALLCTL_TERMINAL_CONNECTION_DROPPED user1001@sim.example",
            "call-1: CONNECTION_DISCONNECTED 1001",
            "call-1: CALLCTL_CONNECTION_DISCONNECTED 1001",
            "call-1: CONNECTION_DISCONNECTED +4940555000",
            "call-1: CALLCTL_CONNECTION_DISCONNECTED +4940555000",
            "call-1: CALL_INVALID",
            "call-1: SINGLECALL_META_PROGRESS_ENDED",
            "call-1: CALL_EVENT_TRANSMISSION_ENDED");

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
