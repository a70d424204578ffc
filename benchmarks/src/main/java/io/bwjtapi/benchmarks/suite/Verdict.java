package io.bwjtapi.benchmarks.suite;

/** How a measured value stands against its target. */
public enum Verdict {
    /** Measured and meets its target. */
    PASS,
    /** Measured and misses its target. */
    FAIL,
    /** Measured; the issues set no target for it (context for the other numbers). */
    INFO,
    /** Not measured: its program failed, timed out or was not selected with the others of its group. */
    MISSING
}
