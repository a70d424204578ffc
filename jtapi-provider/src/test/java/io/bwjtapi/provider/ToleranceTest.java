package io.bwjtapi.provider;

import static io.bwjtapi.fake.ObserverRecorder.seq;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.fake.Harness;
import io.bwjtapi.fake.Sequences;
import io.bwjtapi.provider.spi.CallMerge;
import io.bwjtapi.provider.spi.CallUpdate;
import io.bwjtapi.provider.spi.ConnectionState;
import io.bwjtapi.provider.spi.ConnectionUpdate;
import io.bwjtapi.provider.spi.MergeKind;
import io.bwjtapi.provider.spi.ServiceCause;
import io.bwjtapi.provider.spi.SwitchEventSink;
import io.bwjtapi.provider.spi.TerminalConnectionState;
import io.bwjtapi.provider.spi.TerminalUpdate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Network facts are applied tolerantly: impossible, late and unknown ones are dropped and counted. */
class ToleranceTest {
    private static CallUpdate ringing(String id) {
        return CallUpdate.of(id, ConnectionUpdate.remote("5559876", ConnectionState.ESTABLISHED),
                ConnectionUpdate.local("1001", ConnectionState.ALERTING,
                        TerminalUpdate.of("dev1001", TerminalConnectionState.RINGING)));
    }

    private static CallUpdate released(String id) {
        return CallUpdate.of(id, ConnectionUpdate.local("1001", ConnectionState.DISCONNECTED));
    }

    @Test
    void reportsAboutAnEndedCallAreDroppedEvenInsideTheGroupThatEndedIt() {
        try (Harness h = Harness.start("", "1001").observe("1001")) {
            SwitchEventSink sink = h.fake.sink();
            sink.callChanged(ringing("x"));
            h.quiet();
            h.observer.clear();
            long dropped = h.provider.modelStats().droppedFacts();
            sink.callsMerged(new CallMerge(MergeKind.TRANSFER, "x", List.of(released("x"), ringing("x"))));
            sink.callChanged(ringing("x"));
            h.expectObserver(Sequences.of(Sequences.leaves("x", "1001"), Sequences.remoteLeaves("x", "5559876"),
                    Sequences.ends("x")));
            assertEquals(dropped + 2, h.provider.modelStats().droppedFacts());
        }
    }

    @Test
    void impossibleTransitionsAndUnknownThingsAreDroppedAndCounted() {
        try (Harness h = Harness.start("", "1001").observe("1001")) {
            SwitchEventSink sink = h.fake.sink();
            sink.callChanged(ringing("x"));
            sink.callChanged(CallUpdate.of("x", ConnectionUpdate.local("1001", ConnectionState.ESTABLISHED,
                    TerminalUpdate.of("dev1001", TerminalConnectionState.TALKING))));
            h.quiet();
            h.observer.clear();
            long illegal = h.provider.modelStats().illegalTransitions();
            long dropped = h.provider.modelStats().droppedFacts();
            sink.callChanged(CallUpdate.of("x", ConnectionUpdate.local("1001", ConnectionState.ALERTING,
                    TerminalUpdate.of("dev1001", TerminalConnectionState.RINGING))));
            sink.callChanged(CallUpdate.of("x", ConnectionUpdate.remote("5550000", ConnectionState.DISCONNECTED)));
            sink.callChanged(CallUpdate.of("x", ConnectionUpdate.local("1001", ConnectionState.ESTABLISHED,
                    TerminalUpdate.of("devUnknown", TerminalConnectionState.TALKING))));
            sink.deviceOutOfService("9999", ServiceCause.DEVICE_UNAVAILABLE);
            sink.callChanged(null);
            sink.callRemoved("nope", io.bwjtapi.provider.spi.SwitchCause.NORMAL);
            h.expectObserver(seq());
            assertEquals(illegal + 2, h.provider.modelStats().illegalTransitions(), "ALERTING and RINGING back");
            assertEquals(dropped + 5, h.provider.modelStats().droppedFacts());
            assertTrue(h.provider.getCalls().length == 1);
        }
    }
}
