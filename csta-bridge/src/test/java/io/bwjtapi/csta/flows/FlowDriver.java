package io.bwjtapi.csta.flows;

import io.bwjtapi.simulator.BroadWorksSimulator;
import io.bwjtapi.simulator.CallRef;
import io.bwjtapi.testsupport.Await;
import io.bwjtapi.xsi.XsiResponse;
import io.bwjtapi.xsi.action.XsiActions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiPredicate;

/**
 * What a call flow script drives: the simulator (people at phones and the network), Xsi-Actions (click-to-dial,
 * conference) and a way to wait for an event a timer or an asynchronous step produces. Users are named by
 * index: 0 is "a" (user1001), 1 is "b", and so on.
 */
final class FlowDriver {
    static final Duration WAIT = Duration.ofSeconds(10);
    static final String EXTERNAL = "+4940555000";

    private final BroadWorksSimulator sim;
    private final XsiActions actions;
    private final BiPredicate<Integer, String> delivered;

    FlowDriver(BroadWorksSimulator sim, XsiActions actions, BiPredicate<Integer, String> delivered) {
        this.sim = sim;
        this.actions = actions;
        this.delivered = delivered;
    }

    BroadWorksSimulator sim() {
        return sim;
    }

    String user(int index) {
        return sim.users().get(index).userId();
    }

    String extension(int index) {
        return sim.users().get(index).extension();
    }

    /** User {@code from} dials user {@code to} from the phone. */
    CallRef dial(int from, int to) {
        return sim.dial(user(from), extension(to));
    }

    String callIdOf(CallRef call, int user) {
        return call.callIdOf(user(user));
    }

    /** The identifiers of the call whose session the given call half is in now. */
    CallRef current(CallRef call) {
        return sim.call(call.extTrackingId()).orElseThrow();
    }

    /** Click-to-dial from user {@code from} to an address, through Xsi-Actions; returns the new callId. */
    String clickToDial(int from, String address) {
        return ok(actions.dial(user(from), address)).callId();
    }

    void startConference(int controller, List<String> callIds) {
        ok(actions.startConference(user(controller), callIds));
    }

    /** Waits until user {@code user}'s subscription has received an event of the type (e.g. CallReceivedEvent). */
    void awaitEvent(int user, String typeName) {
        Await.until(WAIT, user(user) + " gets " + typeName, () -> delivered.test(user, typeName));
    }

    private static <T> T ok(CompletableFuture<XsiResponse<T>> request) {
        try {
            XsiResponse<T> response = request.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (!response.isSuccess()) {
                throw new AssertionError("Xsi-Actions refused: " + response);
            }
            return response.body().orElse(null);
        } catch (Exception e) {
            throw new AssertionError("Xsi-Actions request failed: " + e, e);
        }
    }
}
