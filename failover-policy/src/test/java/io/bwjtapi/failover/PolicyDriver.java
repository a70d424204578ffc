package io.bwjtapi.failover;

import io.bwjtapi.failover.decision.Decision;
import io.bwjtapi.failover.fact.Fact;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Feeds a policy on virtual time the way the wiring does: facts at the clock's time, and {@code onTime} exactly at
 * every deadline it announces. Checks on every step that the announced deadline lies in the future.
 */
public final class PolicyDriver {
    public static final XspEndpoint XSP1 = XspEndpoint.of("xsp1");
    public static final XspEndpoint XSP2 = XspEndpoint.of("xsp2");
    public static final XspEndpoint XSP3 = XspEndpoint.of("xsp3");

    public final VirtualClock clock = new VirtualClock();
    public final FailoverPolicy policy;
    public final RecordingListener events = new RecordingListener();

    public PolicyDriver(List<XspEndpoint> endpoints, UnaryOperator<FailoverConfigBuilder> settings) {
        FailoverConfigBuilder builder = FailoverConfig.builder(endpoints).clock(clock).randomSeed(42);
        policy = new FailoverPolicy(settings.apply(builder).build());
        policy.addListener(events);
    }

    public List<Decision> start() {
        return checked(policy.start());
    }

    public List<Decision> fact(Fact fact) {
        return checked(policy.onFact(fact));
    }

    /** Lets virtual time pass, handling every deadline on the way; returns all decisions made. */
    public List<Decision> advance(Duration duration) {
        return advanceTo(clock.now().plus(duration));
    }

    public List<Decision> advanceTo(Instant target) {
        List<Decision> all = new ArrayList<>();
        Optional<Instant> next;
        while ((next = policy.nextDeadline()).isPresent() && !next.get().isAfter(target)) {
            clock.set(next.get());
            all.addAll(checked(policy.onTime(next.get())));
        }
        clock.set(target);
        return all;
    }

    private List<Decision> checked(List<Decision> decisions) {
        policy.nextDeadline().ifPresent(deadline -> {
            if (!deadline.isAfter(clock.now())) {
                throw new AssertionError("next deadline " + deadline + " is not after now " + clock.now());
            }
        });
        return decisions;
    }

    /** @return the decisions' descriptions, for compact assertions */
    public static List<String> describe(List<Decision> decisions) {
        return decisions.stream().map(Object::toString).collect(Collectors.toList());
    }
}
