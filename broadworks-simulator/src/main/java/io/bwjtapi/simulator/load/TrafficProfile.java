package io.bwjtapi.simulator.load;

import java.time.Duration;
import java.util.Objects;

/**
 * What the load generator produces.
 *
 * @param callsPerSecond new calls per second (spread evenly)
 * @param meanHold mean time from answer to release
 * @param distribution how hold times vary around the mean
 * @param externalShare the fraction (0..1) of calls that go to external numbers instead of users
 * @param answerDelay how long a called party rings before it answers
 */
public record TrafficProfile(double callsPerSecond, Duration meanHold, HoldTimeDistribution distribution,
        double externalShare, Duration answerDelay) {

    public TrafficProfile {
        if (!(callsPerSecond > 0 && callsPerSecond <= 100_000)) {
            throw new IllegalArgumentException("callsPerSecond must be in (0, 100000]: " + callsPerSecond);
        }
        Objects.requireNonNull(meanHold, "meanHold");
        Objects.requireNonNull(distribution, "distribution");
        Objects.requireNonNull(answerDelay, "answerDelay");
        if (meanHold.isNegative() || answerDelay.isNegative()) {
            throw new IllegalArgumentException("durations must not be negative");
        }
        if (!(externalShare >= 0 && externalShare <= 1)) {
            throw new IllegalArgumentException("externalShare must be within 0..1: " + externalShare);
        }
    }

    /** Calls among users and to external numbers (20 %), exponential hold times, one second of ringing. */
    public static TrafficProfile of(double callsPerSecond, Duration meanHold) {
        return new TrafficProfile(callsPerSecond, meanHold, HoldTimeDistribution.EXPONENTIAL, 0.2,
                Duration.ofSeconds(1));
    }
}
