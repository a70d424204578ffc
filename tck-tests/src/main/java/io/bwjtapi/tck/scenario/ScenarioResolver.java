package io.bwjtapi.tck.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns generated raw steps into a {@link Scenario}: parties become {@code P<n>}, call indexes become the call
 * they denote among those placed so far (modulo their number), sides become the party on that side. A step
 * that refers to a call before any is placed is dropped, so every shrunk list of raw steps still resolves.
 */
public final class ScenarioResolver {
    private ScenarioResolver() {
    }

    /** Resolves raw steps for an environment with {@code parties} local parties. */
    public static Scenario resolve(List<RawStep> raw, int parties) {
        List<Step> steps = new ArrayList<>();
        List<String[]> calls = new ArrayList<>();
        for (RawStep r : raw) {
            Step step = resolve(r, parties, calls);
            if (step instanceof Step.Dial d) {
                calls.add(new String[] {d.from(), d.to()});
            }
            if (step != null) {
                steps.add(step);
            }
        }
        return new Scenario(steps);
    }

    private static Step resolve(RawStep r, int parties, List<String[]> calls) {
        switch (r.kind()) {
            case DIAL:
                return new Step.Dial(calls.size() + 1, party(r.a(), parties),
                        r.b() < 0 ? Step.EXTERNAL : party(r.b(), parties));
            case DIAL_IN:
                return new Step.Dial(calls.size() + 1, Step.EXTERNAL, party(r.a(), parties));
            case KILL_SERVER: return new Step.KillServer(Math.max(0, r.a()));
            case PARTITION_SERVER: return new Step.PartitionServer(Math.max(0, r.a()));
            case RESTORE_SERVER: return new Step.RestoreServer(Math.max(0, r.a()));
            case CRASH_CALL_SERVER: return new Step.CrashCallServer(r.a() != 0);
            case RECOVER_CALL_SERVER: return new Step.RecoverCallServer();
            case DELETE_PARTY: return new Step.DeleteParty(party(r.a(), parties));
            case DUPLICATE_EVENTS: return new Step.DuplicateEvents(Math.max(1, r.a()));
            case REORDER_EVENTS: return new Step.ReorderEvents(Math.max(1, r.a()));
            case OBSERVE_CALLS: return new Step.ObserveCalls();
            case RECOVER: return new Step.Recover();
            default: return callAction(r, calls);
        }
    }

    private static Step callAction(RawStep r, List<String[]> calls) {
        if (calls.isEmpty()) {
            return null;
        }
        int call = Math.floorMod(r.a(), calls.size()) + 1;
        String[] sides = calls.get(call - 1);
        String party = sides[Math.floorMod(r.b(), 2)];
        switch (r.kind()) {
            case ANSWER:
                return new Step.Answer(call, sides[1]);
            case HANG_UP:
                return new Step.HangUp(call, party);
            default:
                // Only a local party can hold: take the other side when this one is outside the switch.
                String local = party.equals(Step.EXTERNAL) ? sides[1 - Math.floorMod(r.b(), 2)] : party;
                return r.kind() == RawStep.Kind.HOLD ? new Step.Hold(call, local) : new Step.Retrieve(call, local);
        }
    }

    private static String party(int index, int parties) {
        return "P" + (Math.floorMod(index, parties) + 1);
    }
}
