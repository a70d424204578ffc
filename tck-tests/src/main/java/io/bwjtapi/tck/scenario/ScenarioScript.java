package io.bwjtapi.tck.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The replay script form of a {@link Scenario}: one step per line, {@code #} comments, blank lines ignored.
 * {@link #parse} reads what {@link #render} writes, so a printed failure can be replayed unchanged.
 */
public final class ScenarioScript {
    private static final String PARTY = "(P[1-9][0-9]*|external)";
    private static final Pattern DIAL = Pattern.compile("c(\\d+) = " + PARTY + " dials " + PARTY);
    private static final Pattern CALL_ACTION = Pattern.compile(PARTY + " (answers|hangs up|holds|retrieves) c(\\d+)");
    private static final Pattern SERVER = Pattern.compile("(kill|partition|restore) server (\\d+)");
    private static final Pattern CRASH = Pattern.compile("crash call server (with|without) resync");
    private static final Pattern DELETE = Pattern.compile("delete " + PARTY);
    private static final Pattern EVENTS = Pattern.compile("(duplicate|reorder) next (\\d+) events");

    private ScenarioScript() {
    }

    /** The script: a comment header and one line per step. */
    public static String render(Scenario scenario) {
        StringBuilder out = new StringBuilder("# bwjtapi TCK scenario, ").append(scenario.steps().size())
                .append(" steps\n");
        scenario.steps().forEach(s -> out.append(s).append('\n'));
        return out.toString();
    }

    /**
     * Reads a script.
     *
     * @throws IllegalArgumentException naming the line that is not a step, or a call used before it is placed
     */
    public static Scenario parse(String script) {
        List<Step> steps = new ArrayList<>();
        int calls = 0;
        String[] lines = script.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Step step = parseLine(line, i + 1);
            int call = callOf(step);
            if (step instanceof Step.Dial && call != ++calls) {
                throw new IllegalArgumentException("line " + (i + 1) + ": expected c" + calls + " to be placed next");
            }
            if (call > calls) {
                throw new IllegalArgumentException("line " + (i + 1) + ": c" + call + " is used before it is placed");
            }
            steps.add(step);
        }
        return new Scenario(steps);
    }

    /** Whether the step injects or repairs a fault. */
    public static boolean isFault(Step step) {
        return !(step instanceof Step.Dial || step instanceof Step.Answer || step instanceof Step.HangUp
                || step instanceof Step.Hold || step instanceof Step.Retrieve || step instanceof Step.ObserveCalls);
    }

    private static Step parseLine(String line, int number) {
        Matcher m;
        if ((m = DIAL.matcher(line)).matches()) {
            return new Step.Dial(Integer.parseInt(m.group(1)), m.group(2), m.group(3));
        }
        if ((m = CALL_ACTION.matcher(line)).matches()) {
            int call = Integer.parseInt(m.group(3));
            switch (m.group(2)) {
                case "answers": return new Step.Answer(call, m.group(1));
                case "hangs up": return new Step.HangUp(call, m.group(1));
                case "holds": return new Step.Hold(call, m.group(1));
                default: return new Step.Retrieve(call, m.group(1));
            }
        }
        if ((m = SERVER.matcher(line)).matches()) {
            int server = Integer.parseInt(m.group(2));
            switch (m.group(1)) {
                case "kill": return new Step.KillServer(server);
                case "partition": return new Step.PartitionServer(server);
                default: return new Step.RestoreServer(server);
            }
        }
        if ((m = CRASH.matcher(line)).matches()) {
            return new Step.CrashCallServer(m.group(1).equals("with"));
        }
        if ((m = DELETE.matcher(line)).matches()) {
            return new Step.DeleteParty(m.group(1));
        }
        if ((m = EVENTS.matcher(line)).matches()) {
            int count = Integer.parseInt(m.group(2));
            return m.group(1).equals("duplicate") ? new Step.DuplicateEvents(count) : new Step.ReorderEvents(count);
        }
        switch (line) {
            case "recover call server": return new Step.RecoverCallServer();
            case "observe calls": return new Step.ObserveCalls();
            case "recover": return new Step.Recover();
            default: throw new IllegalArgumentException("line " + number + " is not a scenario step: " + line);
        }
    }

    private static int callOf(Step step) {
        if (step instanceof Step.Dial d) {
            return d.call();
        }
        if (step instanceof Step.Answer a) {
            return a.call();
        }
        if (step instanceof Step.HangUp h) {
            return h.call();
        }
        if (step instanceof Step.Hold h) {
            return h.call();
        }
        return step instanceof Step.Retrieve r ? r.call() : 0;
    }
}
