package io.bwjtapi.demo.report;

import io.bwjtapi.demo.record.Seen;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The events turned into what the report draws: the provider's states over time, and per address its
 * out-of-service periods and the calls the application saw there.
 */
final class Timelines {
    /** A period in one state, in milliseconds since the start. */
    record Period(long from, long to, String state) {
    }

    /** How the application's view of a call at an address ended. */
    enum End { CALL_ENDED, OBSERVATION_ENDED, STILL_ACTIVE }

    /** One stretch of a call the application saw at an address. */
    record Segment(String call, long from, long to, boolean fromSnapshot, End end, String others) {
    }

    /** What the report draws for one address. */
    record AddressTimeline(String address, List<Period> outOfService, List<Segment> calls) {
    }

    private final List<Period> provider = new ArrayList<>();
    private final Map<String, AddressTimeline> addresses = new LinkedHashMap<>();

    /**
     * @param addressNames the addresses, in order
     * @param seen the events
     * @param watchedFrom when the application started watching, the provider in service
     * @param end the end of the demo
     */
    Timelines(List<String> addressNames, List<Seen> seen, long watchedFrom, long end) {
        for (String name : addressNames) {
            addresses.put(name, new AddressTimeline(name, new ArrayList<>(), new ArrayList<>()));
        }
        providerPeriods(seen, watchedFrom, end);
        servicePeriods(seen, end);
        callSegments(seen, end);
    }

    List<Period> provider() {
        return provider;
    }

    List<AddressTimeline> addresses() {
        return new ArrayList<>(addresses.values());
    }

    private void providerPeriods(List<Seen> seen, long watchedFrom, long end) {
        provider.add(new Period(0, watchedFrom, "OPENING"));
        long from = watchedFrom;
        String state = "IN_SERVICE";
        for (Seen s : seen) {
            String next = s.is("ProvInServiceEv") ? "IN_SERVICE" : s.is("ProvOutOfServiceEv") ? "OUT_OF_SERVICE"
                    : s.is("ProvShutdownEv") ? "SHUTDOWN" : null;
            if (next != null && !next.equals(state)) {
                provider.add(new Period(from, s.at(), state));
                from = s.at();
                state = next;
            }
        }
        provider.add(new Period(from, end, state));
    }

    private void servicePeriods(List<Seen> seen, long end) {
        Map<String, Long> outSince = new HashMap<>();
        for (Seen s : seen) {
            AddressTimeline a = addresses.get(s.subject());
            if (s.kind() != Seen.Kind.ADDRESS || a == null) {
                continue;
            }
            if (s.is("BwAddrOutOfServiceEv")) {
                outSince.putIfAbsent(s.subject(), s.at());
            } else if (s.is("BwAddrInServiceEv") && outSince.containsKey(s.subject())) {
                a.outOfService().add(new Period(outSince.remove(s.subject()), s.at(), "OUT_OF_SERVICE"));
            }
        }
        outSince.forEach((name, from) -> addresses.get(name).outOfService().add(new Period(from, end,
                "OUT_OF_SERVICE")));
    }

    /** Calls are attributed to an address by its connection events; the call's own events close them. */
    private void callSegments(List<Seen> seen, long end) {
        Map<String, Map<String, Open>> openByCall = new HashMap<>();
        Map<String, Set<String>> parties = new HashMap<>();
        for (Seen s : seen) {
            if (s.kind() != Seen.Kind.CALL) {
                continue;
            }
            Map<String, Open> open = openByCall.computeIfAbsent(s.subject(), c -> new LinkedHashMap<>());
            if (s.party() != null && s.name().startsWith("Conn")) {
                parties.computeIfAbsent(s.subject(), c -> new LinkedHashSet<>()).add(s.party());
                if (addresses.containsKey(s.party())) {
                    if (s.is("ConnDisconnectedEv") || s.is("ConnFailedEv")) {
                        close(open.remove(s.party()), s.at(), End.CALL_ENDED, parties);
                    } else {
                        open.computeIfAbsent(s.party(), p -> new Open(s.subject(), p, s.at(), s.snapshot()));
                    }
                }
            } else if (s.is("CallInvalidEv") || s.is("CallObservationEndedEv")) {
                End how = s.is("CallInvalidEv") ? End.CALL_ENDED : End.OBSERVATION_ENDED;
                for (Open o : open.values()) {
                    close(o, s.at(), how, parties);
                }
                open.clear();
            }
        }
        openByCall.values().forEach(open -> open.values().forEach(o -> close(o, end, End.STILL_ACTIVE, parties)));
    }

    private void close(Open open, long at, End how, Map<String, Set<String>> parties) {
        if (open == null) {
            return;
        }
        List<String> others = new ArrayList<>(parties.getOrDefault(open.call, Set.of()));
        others.remove(open.address);
        addresses.get(open.address).calls().add(new Segment(open.call, open.from, at, open.fromSnapshot, how,
                String.join(", ", others)));
    }

    /** A call seen at an address whose end is not known yet. */
    private record Open(String call, String address, long from, boolean fromSnapshot) {
    }
}
