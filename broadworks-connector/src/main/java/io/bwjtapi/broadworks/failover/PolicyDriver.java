package io.bwjtapi.broadworks.failover;

import io.bwjtapi.broadworks.internal.SwitchThread;
import io.bwjtapi.failover.FailoverPolicy;
import io.bwjtapi.failover.decision.Decision;
import io.bwjtapi.failover.decision.DecisionVisitor;
import io.bwjtapi.failover.fact.Fact;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;

/**
 * Feeds the failover policy on the switch thread and carries out its decisions in order: facts and due times go
 * in, each step's decisions go to the {@link DecisionRunner}, then the {@link ServiceReporter} reports what the
 * step changed, and the policy's single timer is re-armed for its next deadline.
 */
public final class PolicyDriver {
    private final FailoverPolicy policy;
    private final SwitchThread thread;
    private DecisionVisitor runner;
    private ServiceReporter reporter;
    private ScheduledFuture<?> timer;
    private Instant armedFor;

    PolicyDriver(FailoverPolicy policy, SwitchThread thread) {
        this.policy = policy;
        this.thread = thread;
    }

    void attach(DecisionVisitor decisionRunner, ServiceReporter serviceReporter) {
        this.runner = decisionRunner;
        this.reporter = serviceReporter;
    }

    /** @return the policy (read it on the switch thread only) */
    public FailoverPolicy policy() {
        return policy;
    }

    /** Begins the initial open. Switch thread only. */
    public void start() {
        run(policy.start());
    }

    /** @param fact a fact for the policy. Switch thread only. */
    public void fact(Fact fact) {
        run(policy.onFact(fact));
    }

    private void tick() {
        armedFor = null;
        timer = null;
        run(policy.onTime(policy.config().clock().instant()));
    }

    private void run(List<Decision> decisions) {
        for (Decision decision : decisions) {
            decision.accept(runner);
        }
        reporter.settle();
        rearm();
    }

    private void rearm() {
        Optional<Instant> next = policy.nextDeadline();
        if (next.isEmpty()) {
            cancel();
            return;
        }
        if (next.get().equals(armedFor)) {
            return;
        }
        cancel();
        armedFor = next.get();
        long delay = Duration.between(policy.config().clock().instant(), next.get()).toMillis();
        timer = thread.schedule(this::tick, Math.max(0, delay) + 1);
    }

    /** Stops the timer (the session closes). */
    void cancel() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
        armedFor = null;
    }
}
