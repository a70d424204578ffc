package io.bwjtapi.benchmarks.suite;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The suite's command line.
 *
 * @param groups the groups to run, in catalog order
 * @param scale the factor applied to every size (addresses, users, subscriptions)
 * @param time the factor applied to every measuring period
 * @param output where the JSON goes
 * @param list whether to print the catalog instead of measuring
 * @param help whether usage was asked for
 */
public record SuiteOptions(List<String> groups, double scale, double time, Path output, boolean list, boolean help) {

    static final String USAGE = String.join("\n",
            "./benchmark [options]",
            "  (or, once built: java -cp benchmarks/target/benchmarks.jar io.bwjtapi.benchmarks.suite.BenchmarkSuite)",
            "  --only g1,g2     run only these groups (default: all): " + String.join(",", Catalog.groups()),
            "  --skip g1,g2     run all groups but these",
            "  --scale F        multiply every size (10 000 addresses, users, subscriptions) by F (default 1)",
            "  --time F         multiply every measuring period by F (default 1; 0.3 for a smoke run)",
            "  --out FILE       JSON results (default benchmarks/target/benchmark-results.json)",
            "  --list           print the measures and their targets, measure nothing",
            "  --help           print this text");

    /**
     * @param args the arguments
     * @return the options
     * @throws IllegalArgumentException naming the offending argument
     */
    public static SuiteOptions parse(String... args) {
        Set<String> groups = new LinkedHashSet<>(Catalog.groups());
        double scale = 1;
        double time = 1;
        Path output = defaultOutput();
        boolean list = false;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            switch (flag) {
                case "--help", "-h" -> {
                    return new SuiteOptions(List.copyOf(groups), scale, time, output, false, true);
                }
                case "--list" -> list = true;
                case "--only" -> groups.retainAll(groupList(value(args, ++i, flag)));
                case "--skip" -> groups.removeAll(groupList(value(args, ++i, flag)));
                case "--scale" -> scale = factor(value(args, ++i, flag), flag);
                case "--time" -> time = factor(value(args, ++i, flag), flag);
                case "--out" -> output = Path.of(value(args, ++i, flag));
                default -> throw new IllegalArgumentException("unknown option " + flag);
            }
        }
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("no group left to run");
        }
        return new SuiteOptions(List.copyOf(groups), scale, time, output, list, false);
    }

    /** @param full a size at scale 1 @return the size at this run's scale (at least 10) */
    public int size(int full) {
        return (int) Math.max(10, Math.round(full * scale));
    }

    /** @param fullSeconds a period at time factor 1 @return the period of this run in seconds (at least 0.2) */
    public double seconds(double fullSeconds) {
        return Math.max(0.2, fullSeconds * time);
    }

    /** @param fullSeconds a period at time factor 1 @return the period of this run as a program argument */
    public String secondsArg(double fullSeconds) {
        return String.format(Locale.ROOT, "%.2f", seconds(fullSeconds));
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args[i];
    }

    private static Set<String> groupList(String value) {
        Set<String> named = new LinkedHashSet<>(Arrays.asList(value.split(",")));
        for (String group : named) {
            if (!Catalog.groups().contains(group)) {
                throw new IllegalArgumentException("unknown group " + group + "; groups: " + Catalog.groups());
            }
        }
        return named;
    }

    private static double factor(String value, String flag) {
        try {
            double factor = Double.parseDouble(value);
            if (factor > 0 && factor <= 100) {
                return factor;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(flag + " needs a factor in (0, 100]: " + value);
    }

    /** Beside the jar (benchmarks/target) or beside the classes directory (also benchmarks/target). */
    private static Path defaultOutput() {
        try {
            Path code = Path.of(SuiteOptions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return code.getParent().resolve("benchmark-results.json");
        } catch (URISyntaxException | RuntimeException e) {
            return Path.of("benchmarks", "target", "benchmark-results.json");
        }
    }
}
