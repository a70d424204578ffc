package io.bwjtapi.demo.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.demo.record.Seen;
import io.bwjtapi.demo.record.Seen.Kind;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The judgement of a fault from the events the application saw. */
class AnalyzerTest {
    static Seen call(long at, String call, String name) {
        return new Seen(at, Kind.CALL, call, name, "NORMAL", false, null);
    }

    static Seen snapshot(long at, String call, String name, String party) {
        return new Seen(at, Kind.CALL, call, name, "SNAPSHOT", true, party);
    }

    static Seen device(long at, Kind kind, String name, String event) {
        return new Seen(at, kind, name, event, "CONNECTION_LOST", false, null);
    }

    static Seen provider(long at, String event) {
        return new Seen(at, Kind.PROVIDER, "provider", event, "NORMAL", false, null);
    }

    @Test
    void aProviderCycleWithASurvivingCallAndOneThatEndedMeanwhile() {
        List<Seen> seen = List.of(
                call(50, "call-1", "CallInvalidEv"), call(50, "call-1", "CallObservationEndedEv"),
                call(1000, "call-2", "CallObservationEndedEv"), call(1000, "call-3", "CallObservationEndedEv"),
                device(1001, Kind.ADDRESS, "1001", "BwAddrOutOfServiceEv"),
                device(1001, Kind.TERMINAL, "user1001", "BwTermOutOfServiceEv"),
                provider(1002, "ProvOutOfServiceEv"),
                provider(4300, "ProvInServiceEv"),
                device(4301, Kind.ADDRESS, "1001", "BwAddrInServiceEv"),
                device(4302, Kind.TERMINAL, "user1001", "BwTermInServiceEv"),
                snapshot(4303, "call-2", "CallActiveEv", null), snapshot(4303, "call-2", "ConnConnectedEv", "1001"));
        ScenarioResult r = Analyzer.analyze("every XSP killed", Expectation.PROVIDER_CYCLE, seen, 0,
                OptionalLong.of(4000), 6000, 1, List.of());
        assertEquals(OptionalLong.of(1000), r.detectedAt(), "the first observation the failover ended");
        assertEquals(OptionalLong.of(1002), r.outOfServiceAt());
        assertEquals(OptionalLong.of(4300), r.inServiceAt());
        assertEquals(OptionalLong.of(4302), r.devicesBackAt());
        assertEquals(1, r.devicesOut());
        assertEquals(2, r.observationsEnded(), "call-1 ended normally");
        assertEquals(1, r.snapshots());
        assertEquals(1, r.cleared(), "call-3 never came back");
        assertTrue(r.kept(), r.problems().toString());
    }

    @Test
    void theContractIsBrokenWhenTheProviderStaysOutOrCallsDiffer() {
        List<Seen> seen = List.of(provider(1000, "ProvOutOfServiceEv"),
                device(1000, Kind.ADDRESS, "1001", "BwAddrOutOfServiceEv"));
        ScenarioResult r = Analyzer.analyze("every XSP killed", Expectation.PROVIDER_CYCLE, seen, 0,
                OptionalLong.of(3000), 6000, 2, List.of("1001: the switch has no call, the application sees one"));
        assertEquals(List.of("the provider did not come back in service", "only 1 of 2 addresses went out of service",
                "1 addresses were still out of service at the end",
                "the application's calls differ from the switch's (1 users)"), r.problems());
    }

    @Test
    void anApplicationServerFailoverMustNotTakeTheProviderDown() {
        List<Seen> seen = List.of(device(10, Kind.ADDRESS, "1001", "BwAddrOutOfServiceEv"),
                device(20, Kind.ADDRESS, "1001", "BwAddrInServiceEv"));
        assertTrue(Analyzer.analyze("AS crash", Expectation.DEVICE_CYCLE, seen, 0, OptionalLong.empty(), 100, 3,
                List.of()).kept());
        List<Seen> down = List.of(provider(10, "ProvOutOfServiceEv"), provider(20, "ProvInServiceEv"),
                device(10, Kind.ADDRESS, "1001", "BwAddrOutOfServiceEv"),
                device(20, Kind.ADDRESS, "1001", "BwAddrInServiceEv"));
        assertEquals(List.of("the provider went out of service for an Application Server failover"),
                Analyzer.analyze("AS crash", Expectation.DEVICE_CYCLE, down, 0, OptionalLong.empty(), 100, 3,
                        List.of()).problems());
        assertEquals(List.of("the provider went out of service although another XSP was up"),
                Analyzer.analyze("XSP 1 killed", Expectation.INVISIBLE, down, 0, OptionalLong.empty(), 100, 3,
                        List.of()).problems());
    }
}
