package io.bwjtapi.simulator.load;

import io.bwjtapi.simulator.CallRef;
import io.bwjtapi.simulator.SimulatorException;
import io.bwjtapi.simulator.engine.CallEngine;
import io.bwjtapi.simulator.engine.Scheduler;
import io.bwjtapi.simulator.model.SimUser;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;

/**
 * Places calls at a steady rate among the group's users and to external numbers, answers them after the
 * ringing time and releases them after a drawn hold time. Every choice comes from a generator seeded from the
 * simulator's seed, so a run is reproducible. Runs on the switch thread.
 */
public final class LoadGenerator {
    private static final Duration TICK = Duration.ofMillis(10);
    /** A late tick makes up for at most this much time: an overloaded switch sheds load instead of queueing it. */
    private static final long MAX_CATCH_UP_MILLIS = 50;

    private final CallEngine engine;
    private final Scheduler scheduler;
    private final Clock clock;
    private final Random random;
    private long lastTick;
    private TrafficProfile profile;
    private Scheduler.Cancellable ticker;
    private double owed;
    private long started;
    private long answered;
    private long completed;
    private long failed;

    /** A generator that drives the engine with timers of the scheduler, seeded from the simulator's seed. */
    public LoadGenerator(CallEngine engine, Scheduler scheduler, Clock clock, long seed) {
        this.engine = engine;
        this.scheduler = scheduler;
        this.clock = clock;
        this.random = new Random(seed * 31 + 7);
    }

    /** Starts (or re-targets) the traffic. */
    public void start(TrafficProfile newProfile) {
        stop();
        profile = newProfile;
        owed = 0;
        lastTick = clock.millis();
        ticker = scheduler.schedule(TICK, this::tick);
    }

    /** Stops placing calls; calls in progress end normally. */
    public void stop() {
        if (ticker != null) {
            ticker.cancel();
            ticker = null;
        }
        profile = null;
    }

    /** The running profile, or {@code null}. */
    public TrafficProfile profile() {
        return profile;
    }

    /** Counters since the generator was made. */
    public TrafficStats stats() {
        return new TrafficStats(started, answered, completed, failed);
    }

    private void tick() {
        TrafficProfile current = profile;
        if (current == null) {
            return;
        }
        long now = clock.millis();
        // credit the time that really passed: ticks run late when the machine is busy
        owed += current.callsPerSecond() * Math.min(now - lastTick, MAX_CATCH_UP_MILLIS) / 1000.0;
        lastTick = now;
        while (owed >= 1) {
            owed -= 1;
            placeCall(current);
        }
        ticker = scheduler.schedule(TICK, this::tick);
    }

    private void placeCall(TrafficProfile current) {
        List<SimUser> users = engine.directory().all();
        if (users.isEmpty()) {
            return;
        }
        SimUser caller = users.get(random.nextInt(users.size()));
        String destination;
        boolean external = users.size() < 2 || random.nextDouble() < current.externalShare();
        if (external) {
            destination = "+1999" + String.format("%07d", random.nextInt(10_000_000));
        } else {
            SimUser callee = users.get(random.nextInt(users.size() - 1));
            destination = (callee.equals(caller) ? users.get(users.size() - 1) : callee).userId();
        }
        long hold = current.distribution().draw(random, current.meanHold().toMillis());
        try {
            CallRef call = engine.dial(caller.userId(), destination);
            started++;
            String callee = external ? null : destination;
            scheduler.schedule(current.answerDelay(), () -> answer(call, caller.userId(), callee, hold));
        } catch (SimulatorException e) {
            failed++;
        }
    }

    /** The called user (or, when {@code callee} is {@code null}, the external party) answers. */
    private void answer(CallRef call, String caller, String callee, long holdMillis) {
        try {
            if (callee != null) {
                engine.answer(callee, call.callIdOf(callee));
            } else {
                engine.answerExternal(call.extTrackingId());
            }
            answered++;
            scheduler.schedule(Duration.ofMillis(holdMillis), () -> release(call, caller));
        } catch (SimulatorException | IllegalArgumentException e) {
            failed++;
        }
    }

    private void release(CallRef call, String caller) {
        try {
            engine.release(caller, call.callIdOf(caller));
            completed++;
        } catch (SimulatorException e) {
            failed++;
        }
    }
}
