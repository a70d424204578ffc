package io.bwjtapi.simulator.engine;

import java.time.Duration;

/** Runs a task later on the switch thread; every protocol and call timer goes through it. */
public interface Scheduler {

    /** A scheduled task that can still be called off. */
    interface Cancellable {
        void cancel();
    }

    /** Runs the task on the switch thread after the delay. */
    Cancellable schedule(Duration delay, Runnable task);
}
