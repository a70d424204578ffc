package io.bwjtapi.simulator.load;

import java.util.Random;

/** How the load generator draws call hold times around the configured mean. */
public enum HoldTimeDistribution {
    /** Every call lasts exactly the mean. */
    FIXED,
    /** Uniform between zero and twice the mean. */
    UNIFORM,
    /** Exponential with the given mean (the classic telephony traffic model). */
    EXPONENTIAL;

    /** Draws a hold time in milliseconds. */
    long draw(Random random, long meanMillis) {
        switch (this) {
            case FIXED:
                return meanMillis;
            case UNIFORM:
                return (long) (random.nextDouble() * 2 * meanMillis);
            default:
                return (long) (-Math.log(1 - random.nextDouble()) * meanMillis);
        }
    }
}
