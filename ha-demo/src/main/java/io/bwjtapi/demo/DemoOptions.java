package io.bwjtapi.demo;

import io.bwjtapi.demo.scenario.Pace;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The command line: {@code [--provider "<provider string>"] [--peer <class>] [--seconds <n>] [--users <n>]
 * [--quick] [--report <directory>]}.
 *
 * @param provider a real XSP's provider string; empty: run the simulator and inject faults
 * @param peer the JtapiPeer class name
 * @param seconds how long to watch a real XSP (Enter stops earlier)
 * @param users how many simulated users
 * @param pace how long the simulated faults last
 * @param reportDirectory where the report goes
 */
public record DemoOptions(Optional<String> provider, String peer, int seconds, int users, Pace pace,
        Path reportDirectory) {
    static final String USAGE = String.join("\n",
            "usage: demo [options]",
            "  (no options)                  run the embedded simulator, inject an XSP kill, a silent partition and",
            "                                an Application Server crash, print the timeline and write the report",
            "  --provider \"<string>\"         watch a real XSP instead (no fault injection), e.g.",
            "                                \"xsp1.example.com,xsp2.example.com;login=admin@example.com;passwd=...\"",
            "  --peer <class>                the JtapiPeer class (default io.bwjtapi.BwJtapiPeer)",
            "  --seconds <n>                 how long to watch a real XSP (default 60; Enter stops earlier)",
            "  --users <n>                   simulated users (default 20)",
            "  --quick                       shorter outages (same checks)",
            "  --report <directory>          where the HTML report goes (default: target/ha-demo-report beside the jar)",
            "  --help                        this text");

    /**
     * @param args the command line
     * @param defaultReport the report directory when none is given
     * @return the options
     * @throws IllegalArgumentException with the usage when the command line is wrong
     */
    public static DemoOptions parse(String[] args, Path defaultReport) {
        Optional<String> provider = Optional.empty();
        String peer = "io.bwjtapi.BwJtapiPeer";
        int seconds = 60;
        int users = 20;
        Pace pace = Pace.NORMAL;
        Path report = defaultReport;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--provider" -> provider = Optional.of(value(args, ++i));
                case "--peer" -> peer = value(args, ++i);
                case "--seconds" -> seconds = number(args, ++i, 1, 86_400);
                case "--users" -> users = number(args, ++i, 2, 2_000);
                case "--quick" -> pace = Pace.QUICK;
                case "--report" -> report = Path.of(value(args, ++i));
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
            }
        }
        return new DemoOptions(provider, peer, seconds, users, pace, report.toAbsolutePath().normalize());
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value\n" + USAGE);
        }
        return args[i];
    }

    private static int number(String[] args, int i, int min, int max) {
        String text = value(args, i);
        try {
            int n = Integer.parseInt(text);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(args[i - 1] + " must be a number from " + min + " to " + max + "\n" + USAGE);
    }
}
