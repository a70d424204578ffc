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
import javax.telephony.Call;
import javax.telephony.SingleCallMetaEvent;

/**
 * The {@code observe calls} step: a fresh observer, then a fresh listener, joins every call in progress; the
 * snapshot each receives is checked against the call's present state, and the newcomer leaves again. A call
 * that changes while its snapshot is taken (it was still settling) cannot be judged and is left out, with a
 * note in the transcript.
 */
final class SnapshotProbe {
    private SnapshotProbe() {
    }

    static List<Violation> observeCalls(TckSession session, Duration timeout) throws Exception {
        List<Violation> out = new ArrayList<>();
        Call[] calls = session.provider().getCalls();
        for (Call call : calls == null ? new Call[0] : calls) {
            if (call.getState() == Call.ACTIVE) {
                out.addAll(observer(session, call, timeout));
                out.addAll(listener(session, call, timeout));
            }
        }
        return out;
    }

    private static List<Violation> observer(TckSession session, Call call, Duration timeout) throws Exception {
        String id = session.ids().of("call", call);
        EventRecorder recorder = session.newRecorder("late observer of " + id);
        ObserverApplication late = new ObserverApplication(recorder);
        ViewCall before = LiveState.capture(call, session.ids());
        ApplicationCallGuard.run("Call.addObserver", () -> {
            call.addObserver(late);
            return null;
        });
        try {
            recorder.await(timeout, "a complete first batch", SnapshotProbe::firstBatchComplete);
            ViewCall present = LiveState.capture(call, session.ids());
            List<Violation> out = new ArrayList<>(OrderingCheck.check(recorder));
            if (stable(session, id, before, present)) {
                out.addAll(SnapshotCheck.observer(recorder.events(), present, session.settings().callControl()));
            }
            return out;
        } catch (TckTimeoutException e) {
            return List.of(new Violation("snapshot", "a fresh observer of " + id + " received nothing within "
                    + timeout.toMillis() + " ms"));
        } finally {
            call.removeObserver(late);
        }
    }

    /** Whether the first batch has arrived in full (a batch is recorded event by event). */
    private static boolean firstBatchComplete(List<RecordedEvent> events) {
        return !events.isEmpty() && events.stream().filter(e -> e.batch() == events.get(0).batch()).count()
                == events.get(0).batchSize();
    }

    private static List<Violation> listener(TckSession session, Call call, Duration timeout) throws Exception {
        String id = session.ids().of("call", call);
        EventRecorder recorder = session.newRecorder("late listener of " + id);
        ListenerApplication late = new ListenerApplication(recorder);
        ViewCall before = LiveState.capture(call, session.ids());
        ApplicationCallGuard.run("Call.addCallListener", () -> {
            call.addCallListener(late);
            return null;
        });
        try {
            recorder.await(timeout, "a complete snapshot", events -> events.stream().anyMatch(e ->
                    e.kind().subject() == EventKind.Subject.META
                            && e.kind().id() == SingleCallMetaEvent.SINGLECALL_META_SNAPSHOT_ENDED));
        } catch (TckTimeoutException e) {
            // Checked below: the snapshot is incomplete and the check names what arrived.
        } finally {
            call.removeCallListener(late);
        }
        ViewCall present = LiveState.capture(call, session.ids());
        List<Violation> out = new ArrayList<>(OrderingCheck.check(recorder));
        if (stable(session, id, before, present)) {
            out.addAll(SnapshotCheck.listener(recorder.events(), present, session.settings().callControl()));
        }
        return out;
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
