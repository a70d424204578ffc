package io.bwjtapi.tck.property;

import io.bwjtapi.tck.driver.SwitchView;
import io.bwjtapi.tck.model.ApplicationView;
import io.bwjtapi.tck.model.CallShape;
import io.bwjtapi.tck.model.LocalParty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The view an application rebuilt from events alone equals the switch's ground truth: the same calls with
 * the same local parties in the same states and the same number of remote parties. A call in the view that
 * the switch does not know is a stuck call; a call the switch knows that the view lacks is a missing call.
 * While the switch has forgotten calls it never told the implementation about
 * ({@link SwitchView#unsyncedCalls()}), the view may still show them, whole or in part, unless the comparison is
 * strict (after recovery).
 */
public final class TruthCheck {
    private final Map<String, LocalParty> parties;
    private final Set<String> localAddresses;
    private final boolean callControl;
    private final Set<KnownDivergence> tolerated;
    private final Set<KnownDivergence> used = ConcurrentHashMap.newKeySet();

    /**
     * @param parties the local parties
     * @param callControl whether terminal connection call control states are compared
     * @param tolerated the known divergences to excuse
     */
    public TruthCheck(List<LocalParty> parties, boolean callControl, Set<KnownDivergence> tolerated) {
        this.parties = parties.stream().collect(Collectors.toMap(LocalParty::id, Function.identity()));
        this.localAddresses = parties.stream().map(LocalParty::address).collect(Collectors.toSet());
        this.callControl = callControl;
        this.tolerated = Set.copyOf(tolerated);
    }

    /** The known divergences that were needed to excuse a difference so far. */
    public Set<KnownDivergence> used() {
        return Set.copyOf(used);
    }

    /**
     * Compares a view with the truth.
     *
     * @param who the application, for messages
     * @param strict whether calls the switch forgot must be gone from the view too
     */
    public List<Violation> check(String who, ApplicationView view, SwitchView truth, boolean strict) {
        List<CallShape> expected = shapes(truth.calls());
        List<CallShape> forgotten = strict ? new ArrayList<>() : shapes(truth.unsyncedCalls());
        List<String> unexplained = new ArrayList<>();
        for (ApplicationView.ViewCall call : view.calls()) {
            CallShape shape = CallShape.of(call, localAddresses, callControl);
            if (!removeMatching(expected, shape) && !removeWhole(forgotten, shape)) {
                unexplained.add(call.call() + " " + shape);
            }
        }
        List<Violation> out = new ArrayList<>();
        for (String call : unexplained) {
            out.add(new Violation("truth", who + " shows " + call + ", which the switch does not have"
                    + (expected.isEmpty() ? " (a stuck call)" : "")));
        }
        for (CallShape missing : expected) {
            out.add(new Violation("truth", who + " lacks the switch's call " + missing));
        }
        return out;
    }

    /** Whether the view matches the truth (tolerating forgotten calls unless strict). */
    public boolean matches(ApplicationView view, SwitchView truth, boolean strict) {
        return check("", view, truth, strict).isEmpty();
    }

    /** Removes the expected call the view's call equals (up to a tolerated divergence), if any. */
    private boolean removeMatching(List<CallShape> expected, CallShape shape) {
        if (expected.remove(shape)) {
            return true;
        }
        Set<String> bare = shape.addressesWithoutTerminals();
        if (tolerated.contains(KnownDivergence.MISSING_TERMINAL_CONNECTION) && !bare.isEmpty()) {
            for (int i = 0; i < expected.size(); i++) {
                if (expected.get(i).withoutTerminalsOf(bare).equals(shape)) {
                    expected.remove(i);
                    used.add(KnownDivergence.MISSING_TERMINAL_CONNECTION);
                    return true;
                }
            }
        }
        return false;
    }

    /** Removes the forgotten call the view's call is (part of, up to a tolerated divergence), if any. */
    private boolean removeWhole(List<CallShape> forgotten, CallShape shape) {
        Set<String> bare = shape.addressesWithoutTerminals();
        boolean excuse = tolerated.contains(KnownDivergence.MISSING_TERMINAL_CONNECTION) && !bare.isEmpty();
        for (int i = 0; i < forgotten.size(); i++) {
            CallShape candidate = forgotten.get(i);
            boolean excused = !shape.isPartOf(candidate) && excuse
                    && shape.isPartOf(candidate.withoutTerminalsOf(bare));
            if (shape.isPartOf(candidate) || excused) {
                forgotten.remove(i);
                if (excused) {
                    used.add(KnownDivergence.MISSING_TERMINAL_CONNECTION);
                }
                return true;
            }
        }
        return false;
    }

    private List<CallShape> shapes(List<SwitchView.SwitchCall> calls) {
        List<CallShape> out = new ArrayList<>();
        calls.forEach(c -> out.add(CallShape.of(c, parties, callControl)));
        return out;
    }
}
