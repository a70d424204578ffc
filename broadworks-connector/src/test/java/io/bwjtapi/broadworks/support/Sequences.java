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

    private Sequences() {
    }
}
