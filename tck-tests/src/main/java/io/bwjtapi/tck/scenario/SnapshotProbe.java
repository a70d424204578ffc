package io.bwjtapi.tck.scenario;

import io.bwjtapi.tck.TckSession;
import io.bwjtapi.tck.fixture.ApplicationCallGuard;
import io.bwjtapi.tck.fixture.EventRecorder;
import io.bwjtapi.tck.fixture.ListenerApplication;
import io.bwjtapi.tck.fixture.LiveState;
import io.bwjtapi.tck.fixture.ObserverApplication;
import io.bwjtapi.tck.fixture.RecordedEvent;
import io.bwjtapi.tck.fixture.TckTimeoutException;
import io.bwjtapi.tck.model.ApplicationView.ViewCall;
import io.bwjtapi.tck.model.EventKind;
import io.bwjtapi.tck.property.OrderingCheck;
import io.bwjtapi.tck.property.SnapshotCheck;
import io.bwjtapi.tck.property.Violation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import javax.telephony.Call;
import javax.telephony.SingleCallMetaEvent;

/**
 * The {@code observe calls} step: a fresh observer, then a fresh listener, joins every call in progress; the
 * snapshot each receives is checked against the call's present state, and the newcomer leaves again. A call
 * that changes while its snapshot is taken (it was still settling) cannot be judged and is left out, with a
 * note in the transcript.
 */
final class SnapshotProbe {
    private static final Newcomer OBSERVER = new Newcomer("observer", ObserverApplication::new,
            (call, app) -> call.addObserver((ObserverApplication) app),
            (call, app) -> call.removeObserver((ObserverApplication) app),
            SnapshotProbe::firstBatchComplete, SnapshotCheck::observer);
    private static final Newcomer LISTENER = new Newcomer("listener", ListenerApplication::new,
            (call, app) -> call.addCallListener((ListenerApplication) app),
            (call, app) -> call.removeCallListener((ListenerApplication) app),
            SnapshotProbe::snapshotEnded, SnapshotCheck::listener);

    private SnapshotProbe() {
    }

    static List<Violation> observeCalls(TckSession session, Duration timeout) throws Exception {
        List<Violation> out = new ArrayList<>();
        Call[] calls = session.provider().getCalls();
        for (Call call : calls == null ? new Call[0] : calls) {
            if (call.getState() == Call.ACTIVE) {
                out.addAll(join(session, call, timeout, OBSERVER));
                out.addAll(join(session, call, timeout, LISTENER));
            }
        }
        return out;
    }

    /** A kind of application that joins a call: how to make, add and remove it, and when its snapshot is in. */
    private record Newcomer(String kind, Function<EventRecorder, Object> create, CallAction add, CallAction remove,
            Predicate<List<RecordedEvent>> complete, Judge judge) {
    }

    private interface CallAction {
        void apply(Call call, Object application) throws Exception;
    }

    private interface Judge {
        List<Violation> check(List<RecordedEvent> events, ViewCall present, boolean callControl);
    }

    private static List<Violation> join(TckSession session, Call call, Duration timeout, Newcomer newcomer)
            throws Exception {
        String id = session.ids().of("call", call);
        EventRecorder recorder = session.newRecorder("late " + newcomer.kind() + " of " + id);
        Object application = newcomer.create().apply(recorder);
        ViewCall before = LiveState.capture(call, session.ids());
        ApplicationCallGuard.run("Call.add " + newcomer.kind(), () -> {
            newcomer.add().apply(call, application);
            return null;
        });
        try {
            recorder.await(timeout, "a complete snapshot", newcomer.complete());
        } catch (TckTimeoutException e) {
            // Judged below: the check names what did arrive.
        } finally {
            newcomer.remove().apply(call, application);
        }
        ViewCall present = LiveState.capture(call, session.ids());
        List<Violation> out = new ArrayList<>(OrderingCheck.check(recorder));
        if (stable(session, id, before, present)) {
            out.addAll(newcomer.judge().check(recorder.events(), present, session.settings().callControl()));
        }
        return out;
    }

    /** Whether the first observer batch has arrived in full (a batch is recorded event by event). */
    private static boolean firstBatchComplete(List<RecordedEvent> events) {
        return !events.isEmpty() && events.stream().filter(e -> e.batch() == events.get(0).batch()).count()
                == events.get(0).batchSize();
    }

    private static boolean snapshotEnded(List<RecordedEvent> events) {
        return events.stream().anyMatch(e -> e.kind().subject() == EventKind.Subject.META
                && e.kind().id() == SingleCallMetaEvent.SINGLECALL_META_SNAPSHOT_ENDED);
    }

    /**
     * Whether the call was in progress and stayed the same while its snapshot was taken; notes it in the transcript
     * when not (a call that ended meanwhile owes its newcomer no snapshot, only the end of observation).
     */
    private static boolean stable(TckSession session, String id, ViewCall before, ViewCall after) {
        if (before.state() == Call.ACTIVE && before.equals(after)) {
            return true;
        }
        session.transcript().note(id + " changed while its snapshot was taken; that snapshot is not judged");
        return false;
    }
}
