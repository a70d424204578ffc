package io.bwjtapi.demo.analysis;

import io.bwjtapi.demo.record.Seen;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Derives a {@link ScenarioResult} from the events the application saw between a fault's injection and the end of
 * its window, and checks them against the failover contract.
 */
public final class Analyzer {
    static final Set<String> OUT_OF_SERVICE = Set.of("BwAddrOutOfServiceEv", "BwTermOutOfServiceEv",
            "ProvOutOfServiceEv");

    private Analyzer() {
    }

    /**
     * @param title the fault
     * @param expectation what the contract promises
     * @param seen every event of the demo
     * @param injectedAt when the fault was injected
     * @param repairedAt when it was repaired, or empty
     * @param endAt the end of the fault's window
     * @param addresses how many addresses the application watches
     * @param differences the differences between the application and the switch at the end of the window
     * @return the result
     */
    public static ScenarioResult analyze(String title, Expectation expectation, List<Seen> seen, long injectedAt,
            OptionalLong repairedAt, long endAt, int addresses, List<String> differences) {
        List<Seen> window = new ArrayList<>();
        for (Seen s : seen) {
            if (s.at() >= injectedAt && s.at() < endAt) {
                window.add(s);
            }
        }
        Set<String> ended = observationEnded(window);
        Set<String> snapshotted = new HashSet<>();
        Set<String> devicesOut = new HashSet<>();
        for (Seen s : window) {
            if (s.snapshot()) {
                snapshotted.add(s.subject());
            }
            if (s.is("BwAddrOutOfServiceEv")) {
                devicesOut.add(s.subject());
            }
        }
        Set<String> cleared = new HashSet<>(ended);
        cleared.removeAll(laterActive(window, ended));
        OptionalLong outAt = first(window, "ProvOutOfServiceEv");
        OptionalLong inAt = firstAfter(window, "ProvInServiceEv", outAt.orElse(injectedAt));
        OptionalLong devicesBack = last(window, "BwAddrInServiceEv", "BwTermInServiceEv");
        List<String> problems = Contract.check(expectation, outAt, inAt, devicesOut.size(),
                stillOut(window), addresses, differences);
        return new ScenarioResult(title, expectation, injectedAt, repairedAt, endAt, detected(window, ended), outAt, inAt,
                devicesBack, devicesOut.size(), ended.size(), snapshotted.size(), cleared.size(), differences,
                problems, OptionalLong.empty());
    }

    /** Calls whose observation ended without the call having ended first (CallInvalidEv): the failover's doing. */
    private static Set<String> observationEnded(List<Seen> window) {
        Set<String> invalid = new HashSet<>();
        Set<String> ended = new LinkedHashSet<>();
        for (Seen s : window) {
            if (s.kind() != Seen.Kind.CALL) {
                continue;
            }
            if (s.is("CallInvalidEv")) {
                invalid.add(s.subject());
            } else if (s.is("CallObservationEndedEv") && !invalid.contains(s.subject())) {
                ended.add(s.subject());
            }
        }
        return ended;
    }

    /** Calls among {@code ended} that the application heard of again after their observation ended. */
    private static Set<String> laterActive(List<Seen> window, Set<String> ended) {
        Set<String> gone = new HashSet<>();
        Set<String> back = new HashSet<>();
        for (Seen s : window) {
            if (s.kind() != Seen.Kind.CALL || !ended.contains(s.subject())) {
                continue;
            }
            if (s.is("CallObservationEndedEv")) {
                gone.add(s.subject());
            } else if (gone.contains(s.subject())) {
                back.add(s.subject());
            }
        }
        return back;
    }

    /** Addresses whose last service event in the window is out of service. */
    private static int stillOut(List<Seen> window) {
        Set<String> out = new HashSet<>();
        Set<String> back = new HashSet<>();
        for (Seen s : window) {
            if (s.is("BwAddrOutOfServiceEv")) {
                out.add(s.subject());
                back.remove(s.subject());
            } else if (s.is("BwAddrInServiceEv") && out.contains(s.subject())) {
                back.add(s.subject());
            }
        }
        return out.size() - back.size();
    }

    /** The first out-of-service event, or the first observation the failover ended. */
    private static OptionalLong detected(List<Seen> window, Set<String> ended) {
        for (Seen s : window) {
            boolean failoverEnd = s.is("CallObservationEndedEv") && ended.contains(s.subject());
            if (failoverEnd || (s.kind() != Seen.Kind.CALL && OUT_OF_SERVICE.contains(s.name()))) {
                return OptionalLong.of(s.at());
            }
        }
        return OptionalLong.empty();
    }

    private static OptionalLong first(List<Seen> window, String name) {
        return firstAfter(window, name, Long.MIN_VALUE);
    }

    private static OptionalLong firstAfter(List<Seen> window, String name, long after) {
        for (Seen s : window) {
            if (s.is(name) && s.at() >= after) {
                return OptionalLong.of(s.at());
            }
        }
        return OptionalLong.empty();
    }

    private static OptionalLong last(List<Seen> window, String... names) {
        OptionalLong found = OptionalLong.empty();
        for (Seen s : window) {
            for (String name : names) {
                if (s.is(name)) {
                    found = OptionalLong.of(s.at());
                }
            }
        }
        return found;
    }
}
