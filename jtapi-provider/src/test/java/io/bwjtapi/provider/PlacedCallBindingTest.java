package io.bwjtapi.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.bwjtapi.ext.BwCall;
import io.bwjtapi.fake.Harness;
import io.bwjtapi.testsupport.Await;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import javax.telephony.Call;
import javax.telephony.Connection;
import org.junit.jupiter.api.Test;

/** A placed call keeps the application's Call object whichever comes first: the switch's answer or its events. */
class PlacedCallBindingTest {
    @Test
    void eventsThatArriveAfterTheAnswerAreAppliedToTheApplicationsCall() throws Exception {
        try (Harness h = Harness.start("", "1001").observe("1001")) {
            h.fake.holdReports();
            Call call = h.provider.createCall();
            CompletableFuture<Connection[]> placed = CompletableFuture.supplyAsync(() -> {
                try {
                    return call.connect(h.provider.getTerminal("dev1001"), h.provider.getAddress("1001"), "5551234");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Await.until(Duration.ofSeconds(5), "the call to be accepted", () -> ((BwCall) call).getCallId() != null);
            h.fake.releaseReports();
            Connection[] connections = placed.get();
            assertSame(call, connections[0].getCall());
            assertEquals("call-1", ((BwCall) call).getCallId());
            assertEquals(1, h.provider.getCalls().length);
        }
    }

    @Test
    void anotherNewCallAtTheOriginatingAddressIsNotMistakenForThePlacedOne() throws Exception {
        try (Harness h = Harness.start("", "1001").observe("1001")) {
            String[] incoming = new String[1];
            h.fake.beforeNextMakeCall(() -> incoming[0] = h.fake.call("5559876", "1001"));
            Call call = h.provider.createCall();
            call.connect(h.provider.getTerminal("dev1001"), h.provider.getAddress("1001"), "5551234");
            h.quiet();
            assertEquals(2, h.provider.getCalls().length);
            Call other = h.provider.findCall(incoming[0]);
            assertNotSame(call, other);
            assertEquals("call-2", ((BwCall) call).getCallId());
            assertEquals(incoming[0] + ": CallActiveEv", h.observer.events().get(0),
                    "the other call is reported first, as the switch reported it");
        }
    }
}
