package io.bwjtapi.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The rate of one thread's work per second of CPU time the thread really got, next to the wall-clock rate. On a
 * machine other work shares, a wall-clock score understates what one core does; this divides by the thread's CPU
 * time instead. The work runs in rounds on the calling thread, first unmeasured (warm-up), then measured.
 *
 * @param perCpuSecond operations per second of the thread's CPU time
 * @param perWallSecond operations per wall-clock second
 * @param operations operations measured
 */
public record CpuTimeRate(double perCpuSecond, double perWallSecond, long operations) {

    /**
     * @param round one round of work; returns the operations it did
     * @param warmupRounds rounds before measuring
     * @param rounds rounds measured
     * @return the rates
     */
    public static CpuTimeRate measure(LongSupplier round, int warmupRounds, int rounds) {
        for (int i = 0; i < warmupRounds; i++) {
            round.getAsLong();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        long operations = 0;
        for (int i = 0; i < rounds; i++) {
            operations += round.getAsLong();
        }
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        double wallSeconds = (System.nanoTime() - wall) / 1e9;
        return new CpuTimeRate(operations / cpuSeconds, operations / wallSeconds, operations);
    }

    /** @return e.g. {@code 123,456 per wall-clock second; 3,000,000 operations} */
    public String describe() {
        return String.format(Locale.ROOT, "%,.0f per wall-clock second; %,d measured", perWallSecond, operations);
    }
}
