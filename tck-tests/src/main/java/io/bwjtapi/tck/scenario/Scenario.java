package io.bwjtapi.tck.scenario;

import java.util.List;

/**
 * A sequence of resolved steps: call actions by people, faults, and application actions. Its
 * {@link #toString()} is a replay script, so a failing (and shrunk) scenario prints as something that can be
 * pasted into {@code -Dtck.replay}.
 *
 * @param steps the steps in order
 */
public record Scenario(List<Step> steps) {
    public Scenario {
        steps = List.copyOf(steps);
    }

    /** The number of calls the scenario places. */
    public int calls() {
        return (int) steps.stream().filter(s -> s instanceof Step.Dial).count();
    }

    /** Whether any step is a fault. */
    public boolean hasFaults() {
        return steps.stream().anyMatch(ScenarioScript::isFault);
    }

    @Override
    public String toString() {
        return ScenarioScript.render(this);
    }
}
