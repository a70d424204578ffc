package io.bwjtapi.demo;

import io.bwjtapi.demo.analysis.ScenarioResult;
import io.bwjtapi.demo.record.Mark;
import io.bwjtapi.demo.record.Seen;
import java.util.List;

/**
 * Everything one demo run produced: what it ran against, what the application saw, what the demo did and how each
 * fault was judged.
 *
 * @param setting what the demo ran against, in words
 * @param providerString the provider string, password masked
 * @param addresses the addresses the application watched, in order
 * @param seen every event the application saw
 * @param marks what the demo did to BroadWorks
 * @param results each fault's judgement (none against a real XSP)
 * @param endAt when the run ended, in milliseconds since it started
 * @param counters the provider's own counters at the end, one {@code name value} line each
 */
public record DemoResult(String setting, String providerString, List<String> addresses, List<Seen> seen,
        List<Mark> marks, List<ScenarioResult> results, long endAt, List<String> counters) {

    /** @return whether every fault went as the failover contract promises */
    public boolean contractKept() {
        return results.stream().allMatch(ScenarioResult::kept);
    }
}
