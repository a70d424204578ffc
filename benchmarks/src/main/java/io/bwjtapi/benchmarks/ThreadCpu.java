package io.bwjtapi.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Where a JVM's CPU time goes between two points, by thread group (thread names with their numbers and provider
 * names stripped), so a number can be read with the work behind it: simulator threads, Netty I/O, the
 * connector's switch thread, the JTAPI model thread, the dispatcher; what the JVM does itself (JIT compilers,
 * garbage collector) is the rest of the process's CPU time.
 */
public final class ThreadCpu {
    private static final List<String> PER_PROVIDER = List.of("bwjtapi-model", "bwjtapi-events");

    private final Map<String, Long> threads;
    private final long process;
    private final long wall;

    private ThreadCpu(Map<String, Long> threads, long process, long wall) {
        this.threads = threads;
        this.process = process;
        this.wall = wall;
    }

    /** @return the CPU time used so far, per thread group and in total */
    public static ThreadCpu now() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Map<String, Long> groups = new TreeMap<>();
        for (long id : mx.getAllThreadIds()) {
            ThreadInfo info = mx.getThreadInfo(id);
            long cpu = mx.getThreadCpuTime(id);
            if (info != null && cpu > 0) {
                groups.merge(group(info.getThreadName()), cpu, Long::sum);
            }
        }
        long process = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        return new ThreadCpu(groups, process, System.nanoTime());
    }

    /** @param earlier an earlier reading @return the cores the process used on average since then */
    public double coresSince(ThreadCpu earlier) {
        return (process - earlier.process) / (double) (wall - earlier.wall);
    }

    /**
     * @param earlier an earlier reading
     * @return the groups that used at least 1 % of a core since then, largest first, e.g.
     *     {@code bwsim-switch 21 %, ..., JVM (JIT, GC) 40 %}
     */
    public String describeSince(ThreadCpu earlier) {
        double elapsed = wall - earlier.wall;
        Map<String, Double> shares = new TreeMap<>();
        long threadsTotal = 0;
        for (Map.Entry<String, Long> e : threads.entrySet()) {
            long used = e.getValue() - earlier.threads.getOrDefault(e.getKey(), 0L);
            threadsTotal += used;
            shares.put(e.getKey(), 100 * used / elapsed);
        }
        shares.put("JVM (JIT, GC)", 100 * (process - earlier.process - threadsTotal) / elapsed);
        return shares.entrySet().stream().filter(e -> e.getValue() >= 1)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(e -> String.format(java.util.Locale.ROOT, "%s %.0f %%", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static String group(String name) {
        for (String perProvider : PER_PROVIDER) {
            if (name.startsWith(perProvider + "-")) {
                return perProvider; // followed by the provider's name
            }
        }
        return name.replaceAll("[0-9]+", "#").replaceAll("[-#.]+$", "");
    }
}
