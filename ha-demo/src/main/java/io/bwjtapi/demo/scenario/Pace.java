package io.bwjtapi.demo.scenario;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * How long the demo lets things run: how long it watches after a fault before judging, how long an outage lasts,
 * how long it lets the application settle after a repair. {@link #QUICK} halves the waits (for tests).
 *
 * @param observe time to watch after a fault that needs no repair
 * @param outage time between the provider going out of service and the repair
 * @param settle time after the provider is back before the views are compared
 * @param limit the longest the demo waits for the provider or a device to change state
 */
public record Pace(Duration observe, Duration outage, Duration settle, Duration limit) {
    /** The pace of the README's demo. */
    public static final Pace NORMAL = new Pace(Duration.ofSeconds(4), Duration.ofSeconds(3), Duration.ofSeconds(3),
            Duration.ofSeconds(30));
    /** Shorter waits, same checks. */
    public static final Pace QUICK = new Pace(Duration.ofSeconds(2), Duration.ofMillis(1500),
            Duration.ofMillis(1500), Duration.ofSeconds(30));

    /** Lets the demo run for a while. */
    static void pause(Duration time) throws InterruptedException {
        Thread.sleep(time.toMillis());
    }

    /**
     * @param condition what to wait for
     * @return whether it came true within {@link #limit()}
     */
    boolean await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }
}
