package io.bwjtapi.scenario;

import static io.bwjtapi.fake.ObserverRecorder.seq;

import io.bwjtapi.fake.Harness;
import javax.telephony.Call;
import org.junit.jupiter.api.Test;

class BasicCallTest {
    @Test
    void outgoingCallToAnExternalPartyAnsweredAndReleased() throws Exception {
        try (Harness h = Harness.start("", "1001", "1002").observe("1001", "1002")) {
            Call call = h.provider.createCall();
            call.connect(h.provider.getTerminal("dev1001"), h.provider.getAddress("1001"), "5551234");
            h.expectObserver(seq(
                    "call-1: CallActiveEv",
                    "call-1: ConnCreatedEv 1001",
                    "call-1: ConnConnectedEv 1001",
                    "call-1: CallCtlConnEstablishedEv 1001",
                    "call-1: TermConnCreatedEv dev1001",
                    "call-1: TermConnActiveEv dev1001",
                    "call-1: CallCtlTermConnTalkingEv dev1001",
                    "call-1: ConnCreatedEv 5551234",
                    "call-1: ConnAlertingEv 5551234",
                    "call-1: CallCtlConnAlertingEv 5551234"));
            h.expectListener(seq(
                    "call-1: SINGLECALL_META_PROGRESS_STARTED",
                    "call-1: CALL_ACTIVE",
                    "call-1: CONNECTION_CREATED 1001",
                    "call-1: CONNECTION_CONNECTED 1001",
                    "call-1: CALLCTL_CONNECTION_ESTABLISHED 1001",
                    "call-1: TERMINAL_CONNECTION_CREATED dev1001",
                    "call-1: TERMINAL_CONNECTION_ACTIVE dev1001",
                    "call-1: CALLCTL_TERMINAL_CONNECTION_TALKING dev1001",
                    "call-1: CONNECTION_CREATED 5551234",
                    "call-1: CONNECTION_ALERTING 5551234",
                    "call-1: CALLCTL_CONNECTION_ALERTING 5551234",
                    "call-1: SINGLECALL_META_PROGRESS_ENDED"));
        }
    }
}
