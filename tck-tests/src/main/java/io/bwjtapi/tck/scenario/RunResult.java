package io.bwjtapi.tck.scenario;

import io.bwjtapi.tck.property.KnownDivergence;
import io.bwjtapi.tck.property.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

/**
 * The outcome of one scenario: the broken rules, the transcript, and the scenario as a replay script.
 *
 * @param scenario what was run
 * @param violations every broken rule, in the order found
 * @param transcript the readable account of the run
 * @param tolerated the known divergences ({@code -Dtck.knownDivergences}) the run needed to pass
 */
public record RunResult(Scenario scenario, List<Violation> violations, String transcript,
        Set<KnownDivergence> tolerated) {
    private static final int SHOWN = 25;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    public RunResult {
        violations = List.copyOf(violations);
        tolerated = Set.copyOf(tolerated);
    }

    public boolean passed() {
        return violations.isEmpty();
    }

    /**
     * Throws an {@link AssertionError} listing the violations, the replay script and where the full transcript
     * was written, unless the run passed.
     */
    public void assertPassed(Path reportDir) {
        if (passed()) {
            return;
        }
        StringBuilder message = new StringBuilder(violations.size() + " violation(s):\n");
        violations.stream().limit(SHOWN).forEach(v -> message.append("  ").append(v).append('\n'));
        if (violations.size() > SHOWN) {
            message.append("  ... ").append(violations.size() - SHOWN).append(" more in the report\n");
        }
        message.append("replay script:\n").append(scenario);
        message.append("transcript: ").append(write(reportDir)).append('\n');
        throw new AssertionError(message.toString());
    }

    /** Writes the violations, script and transcript to a file in {@code dir}; returns its path (or why not). */
    public String write(Path dir) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve("run-" + STAMP.format(LocalDateTime.now()) + "-"
                    + Integer.toHexString(scenario.toString().hashCode()) + ".txt");
            StringBuilder text = new StringBuilder();
            violations.forEach(v -> text.append(v).append('\n'));
            text.append('\n').append(scenario).append('\n').append(transcript);
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file.toAbsolutePath().toString();
        } catch (IOException e) {
            return "(not written: " + e + ")";
        }
    }
}
