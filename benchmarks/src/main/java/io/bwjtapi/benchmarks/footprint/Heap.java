package io.bwjtapi.benchmarks.footprint;

import java.lang.management.ManagementFactory;

/** The live heap of this JVM: used heap right after full collections (the smallest of three readings). */
final class Heap {
    private Heap() {
    }

    static long usedAfterGc() throws InterruptedException {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200); // let reference processing and cleaners finish
            least = Math.min(least, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return least;
    }
}
