package io.bwjtapi.tck.property;

import io.bwjtapi.tck.driver.SwitchView;
import io.bwjtapi.tck.model.ApplicationView;
import io.bwjtapi.tck.model.CallShape;
import io.bwjtapi.tck.model.LocalParty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /**
     * @param parties the local parties
     * @param callControl whether terminal connection call control states are compared
     */
    public TruthCheck(List<LocalParty> parties, boolean callControl) {
        this.parties = parties.stream().collect(Collectors.toMap(LocalParty::id, Function.identity()));
        this.localAddresses = parties.stream().map(LocalParty::address).collect(Collectors.toSet());
        this.callControl = callControl;
    }

    /**
     * Compares a view with the truth.
     *
     * @param who the application, for messages
     * @param strict whether calls the switch forgot must be gone from the view too
     */
    public List<Violation> check(String who, ApplicationView view, SwitchView truth, boolean strict) {
        List<CallShape> expected = shapes(truth.calls());
        List<CallShape> tolerated = strict ? new ArrayList<>() : shapes(truth.unsyncedCalls());
        List<String> unexplained = new ArrayList<>();
        for (ApplicationView.ViewCall call : view.calls()) {
            CallShape shape = CallShape.of(call, localAddresses, callControl);
            if (!expected.remove(shape) && !removeWhole(tolerated, shape)) {
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

    /** Removes the forgotten call the view's call is (part of), if any. */
    private static boolean removeWhole(List<CallShape> forgotten, CallShape shape) {
        for (int i = 0; i < forgotten.size(); i++) {
            if (shape.isPartOf(forgotten.get(i))) {
                forgotten.remove(i);
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
