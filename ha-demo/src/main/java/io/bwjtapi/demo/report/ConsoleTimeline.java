package io.bwjtapi.demo.report;

import io.bwjtapi.demo.analysis.Expectation;
import io.bwjtapi.demo.analysis.ScenarioResult;
import io.bwjtapi.demo.record.Seen;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

/** Prints the demo's timeline on the console as it goes: each fault, and what the application saw when. */
public final class ConsoleTimeline {
    private final PrintStream out;

    /** @param out the console */
    public ConsoleTimeline(PrintStream out) {
        this.out = out;
    }

    /** @param setting what the demo runs against @param providerString the masked provider string */
    public void start(String setting, String providerString) {
        out.println("bwjtapi HA demo");
        out.println("  against  " + setting);
        out.println("  provider \"" + providerString + "\"");
        out.println("  app      the observer monitor sample (io.bwjtapi.samples.monitor.ObserverMonitor)");
        out.println();
    }

    /** @param addresses how many addresses the application observes */
    public void watching(int addresses) {
        out.println("Provider IN_SERVICE; the application observes " + addresses + " addresses, their terminals and "
                + "calls.");
        out.println();
    }

    /** @param text a line to show */
    public void note(String text) {
        out.println(text);
    }

    /** Prints one fault and what the application saw. */
    public void print(ScenarioResult r) {
        out.println(at(r.injectedAt()) + "FAULT   " + r.title());
        if (r.expectation() == Expectation.INVISIBLE) {
            step("", r.outOfServiceAt().isEmpty() ? "provider stayed IN_SERVICE: the event channel on the other XSP "
                    + "carried on" : "provider OUT_OF_SERVICE");
            step("", r.devicesOut() == 0 ? "the application saw nothing" : plural(r.devicesOut(), "address")
                    + " resynchronised (out of service and back): an event in flight on the lost channel was lost, the "
                    + "forced resync caught it");
        } else {
            r.providerDetectedAt().ifPresent(t -> step(since(OptionalLong.of(t), r.injectedAt()),
                    "the provider detected the loss (its own timeline, read from JMX)"));
            step(since(r.detectedAt(), r.injectedAt()), "first sign for the application: "
                    + (r.expectation() == Expectation.DEVICE_CYCLE ? "devices going out of service"
                    : "call observation ending, devices going out of service"));
            r.outOfServiceAt().ifPresent(t -> step(since(OptionalLong.of(t), r.injectedAt()),
                    "provider OUT_OF_SERVICE (" + plural(r.devicesOut(), "address") + " out of service)"));
            if (r.expectation() == Expectation.DEVICE_CYCLE) {
                step("", "provider stayed IN_SERVICE; " + plural(r.devicesOut(), "address")
                        + " with calls out of service and back");
            }
            step("", "observation ended for " + plural(r.observationsEnded(), "call"));
            if (r.expectation() == Expectation.DEVICE_CYCLE) {
                devicesBack(r);
            }
        }
        r.repairedAt().ifPresent(t -> out.println(at(t) + "REPAIR  " + repairText(r)));
        long from = r.repairedAt().orElse(r.injectedAt());
        r.inServiceAt().ifPresent(t -> step(since(OptionalLong.of(t), from), "provider IN_SERVICE"));
        if (r.expectation() != Expectation.INVISIBLE) {
            if (r.expectation() == Expectation.PROVIDER_CYCLE) {
                devicesBack(r);
            }
            step("", "snapshots: " + plural(r.snapshots(), "call") + " reported again on the same Call objects");
            step("", "stuck calls cleared: " + plural(r.cleared(), "call") + " did not come back (ended meanwhile, or "
                    + "BroadWorks no longer has them)");
        }
        step("", r.differences().isEmpty() ? "the application's calls match the switch's"
                : "the application's calls differ from the switch's: " + r.differences());
        step("", r.kept() ? "failover contract kept" : "FAILOVER CONTRACT BROKEN: " + String.join("; ", r.problems()));
        out.println();
    }

    private void devicesBack(ScenarioResult r) {
        r.devicesBackAt().ifPresent(t -> step(since(OptionalLong.of(t), r.devicesBackFrom()),
                "last address back IN_SERVICE"));
    }

    private static String repairText(ScenarioResult r) {
        return r.expectation() == Expectation.DEVICE_CYCLE ? "the primary Application Server is back"
                : "BroadWorks reachable again";
    }

    /** Prints the service events seen while watching a real XSP. */
    public void serviceEvents(List<Seen> seen) {
        int devices = 0;
        for (Seen s : seen) {
            if (s.kind() == Seen.Kind.PROVIDER) {
                out.println(at(s.at()) + s.name());
            } else if (s.name().contains("ServiceEv")) {
                devices++;
            }
        }
        out.println("device service events: " + devices);
    }

    /** @param ok whether the contract was kept @param report the report's path */
    public void end(boolean ok, Path report) {
        out.println(ok ? "Every fault went as the failover contract promises." : "Some faults broke the contract "
                + "(see above).");
        out.println("Report: " + report.toUri());
        out.println("        (events.log: every event the application saw; bwjtapi.log: the provider's log)");
    }

    private void step(String offset, String text) {
        out.printf("          %10s  %s%n", offset, text);
    }

    private static String plural(int n, String noun) {
        return n + " " + (n == 1 ? noun : noun.endsWith("s") ? noun + "es" : noun + "s");
    }

    private static String at(long millis) {
        return String.format("[%6.1fs] ", millis / 1000.0);
    }

    private static String since(OptionalLong time, long from) {
        return time.isPresent() ? "+" + (time.getAsLong() - from) + " ms" : "";
    }
}
