package io.bwjtapi.demo;

import io.bwjtapi.demo.record.Recorder;
import io.bwjtapi.demo.report.ConsoleTimeline;
import io.bwjtapi.demo.report.HtmlReport;
import io.bwjtapi.samples.monitor.EventFormat;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The HA demo (the README's first command, {@code ./demo}): runs the embedded BroadWorks simulator with traffic,
 * opens a provider watched by the observer monitor sample, injects an XSP kill, a silent partition and an
 * Application Server crash, prints a timeline of what the application saw and writes an HTML report. With
 * {@code --provider "<provider string>"} it watches a real XSP instead. Exits 0 when every fault went as the
 * failover contract promises (or, against a real XSP, when the provider came in service).
 */
public final class HaDemo {
    private HaDemo() {
    }

    /**
     * @param args see {@link DemoOptions}
     */
    public static void main(String[] args) {
        if (java.util.Arrays.asList(args).contains("--help") || java.util.Arrays.asList(args).contains("-h")) {
            System.out.println(DemoOptions.USAGE);
            return;
        }
        DemoOptions options;
        try {
            options = DemoOptions.parse(args, defaultReportDirectory());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        System.exit(run(options, System.out));
    }

    /**
     * Runs the demo.
     *
     * @param options what to run
     * @param out the console
     * @return the exit status: 0 when the contract was kept, 1 when not, 3 when the demo could not run
     */
    public static int run(DemoOptions options, PrintStream out) {
        ConsoleTimeline console = new ConsoleTimeline(out);
        try {
            Files.createDirectories(options.reportDirectory());
            // Before the first logger exists: bwjtapi's log goes to a file so that the console shows the timeline.
            System.setProperty("org.slf4j.simpleLogger.logFile",
                    options.reportDirectory().resolve("bwjtapi.log").toString());
            DemoResult result;
            try (PrintWriter events = new PrintWriter(Files.newBufferedWriter(
                    options.reportDirectory().resolve("events.log"), StandardCharsets.UTF_8))) {
                EventFormat format = new EventFormat();
                Recorder recorder = new Recorder(format, events);
                result = options.provider().isPresent() ? RealXspDemo.run(options, recorder, format, console)
                        : SimulatorDemo.run(options, recorder, format, console);
                recorder.flush();
            }
            Path report = HtmlReport.write(result, options.reportDirectory());
            console.end(result.contractKept(), report);
            return result.contractKept() ? 0 : 1;
        } catch (Exception e) {
            out.println("The demo could not run: " + e);
            return 3;
        }
    }

    /** target/ha-demo-report beside the demo's jar (ha-demo/target/ when run by ./demo), else in the current directory. */
    private static Path defaultReportDirectory() {
        try {
            Path code = Path.of(HaDemo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path dir = code.getParent(); // target/ha-demo.jar or target/classes
            if (dir != null && dir.getFileName() != null && dir.getFileName().toString().equals("target")) {
                return dir.resolve("ha-demo-report");
            }
        } catch (URISyntaxException | RuntimeException e) {
            // fall through to the working directory
        }
        return Path.of("target", "ha-demo-report");
    }
}
