package io.bwjtapi.broadworks.calls;

import io.bwjtapi.broadworks.internal.SwitchThread;
import io.bwjtapi.csta.model.CallModelView;
import io.bwjtapi.csta.model.CstaCall;
import io.bwjtapi.csta.model.DeviceId;
import io.bwjtapi.csta.model.LegRef;
import io.bwjtapi.provider.spi.SwitchCommandException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Binds a call placed through Xsi-Actions ({@code calls/new} answers with the user's callId and the
 * extTrackingId) to the call model's stable id: at once when its first event was applied already, otherwise as
 * soon as it is. BroadWorks may send the event before or after it answers the request. A call whose event never
 * comes fails with a timeout. Switch thread only.
 */
final class PlacedCalls {
    private final SwitchThread thread;
    private final CallModelView model;
    private final long timeoutMillis;
    private final Map<LegRef, Waiter> waiting = new HashMap<>();

    PlacedCalls(SwitchThread thread, CallModelView model, long timeoutMillis) {
        this.thread = thread;
        this.model = model;
        this.timeoutMillis = timeoutMillis;
    }

    /**
     * @param userId the user who placed the call
     * @param callId the user's callId BroadWorks answered with
     * @param extTrackingId the call's session BroadWorks answered with
     * @return completes with the call's stable id
     */
    CompletableFuture<String> await(String userId, String callId, String extTrackingId) {
        Waiter waiter = new Waiter(LegRef.of(DeviceId.of(userId), callId), extTrackingId);
        Optional<CstaCall> known = waiter.find(model);
        if (known.isPresent()) {
            return CompletableFuture.completedFuture(StableIds.of(known.get().ref()));
        }
        waiting.put(waiter.leg, waiter);
        thread.schedule(() -> {
            if (waiting.remove(waiter.leg, waiter)) {
                waiter.result.completeExceptionally(SwitchCommandException.of(SwitchCommandException.Kind.TIMEOUT,
                        "BroadWorks accepted the call " + callId + " but reported no event for it within "
                                + timeoutMillis + " ms"));
            }
        }, timeoutMillis);
        return waiter.result;
    }

    /** Completes the waiters whose calls the model knows now; called after every applied event. */
    void check() {
        for (Iterator<Waiter> it = waiting.values().iterator(); it.hasNext();) {
            Waiter waiter = it.next();
            Optional<CstaCall> call = waiter.find(model);
            if (call.isPresent()) {
                it.remove();
                waiter.result.complete(StableIds.of(call.get().ref()));
            }
        }
    }

    private static final class Waiter {
        final LegRef leg;
        final String extTrackingId;
        final CompletableFuture<String> result = new CompletableFuture<>();

        Waiter(LegRef leg, String extTrackingId) {
            this.leg = leg;
            this.extTrackingId = extTrackingId;
        }

        Optional<CstaCall> find(CallModelView model) {
            Optional<CstaCall> call = model.callOfLeg(leg);
            return call.isPresent() || extTrackingId == null ? call : model.callByExtTrackingId(extTrackingId)
                    .filter(c -> c.connection(leg.device()).isPresent());
        }
    }
}
