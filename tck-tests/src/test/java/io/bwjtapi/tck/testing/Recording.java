package io.bwjtapi.tck.testing;

import io.bwjtapi.tck.driver.ServiceChange;
import io.bwjtapi.tck.fixture.EventFacts;
import io.bwjtapi.tck.fixture.RecordedEvent;
import io.bwjtapi.tck.model.EventCatalog;
import io.bwjtapi.tck.model.EventKind;
import io.bwjtapi.tck.model.EventKind.Model;
import io.bwjtapi.tck.model.StateMachine;
import java.util.ArrayList;
import java.util.List;
import javax.telephony.Event;
import javax.telephony.SingleCallMetaEvent;
import javax.telephony.events.Ev;

/**
 * Builds recordings by hand for the kit's own tests: what an application would have recorded, event by
 * event, without any implementation. Observer events get meta codes and new-meta flags as a correct
 * implementation sets them, unless told otherwise.
 */
public final class Recording {
    private final Model model;
    private final List<RecordedEvent> events = new ArrayList<>();
    private int batch;
    private int metaCode = Ev.META_CALL_PROGRESS;
    private int cause = Ev.CAUSE_NORMAL;
    private int lastMeta = EventKind.NO_STATE;
    private boolean forceNewMeta;

    private Recording(Model model) {
        this.model = model;
    }

    public static Recording observer() {
        return new Recording(Model.OBSERVER);
    }

    public static Recording listener() {
        return new Recording(Model.LISTENER);
    }

    /** Starts a new observer batch for the following events. */
    public Recording batch() {
        batch++;
        return this;
    }

    /** Following observer events carry this meta code (a new group starts when it changes). */
    public Recording meta(int code) {
        metaCode = code;
        return this;
    }

    /** Following events are a snapshot (observer: META_SNAPSHOT; both: CAUSE_SNAPSHOT); a new group starts. */
    public Recording snapshot() {
        metaCode = Ev.META_SNAPSHOT;
        cause = Ev.CAUSE_SNAPSHOT;
        forceNewMeta = true;
        return this;
    }

    /** Following events are ordinary changes again. */
    public Recording live() {
        metaCode = Ev.META_CALL_PROGRESS;
        cause = Ev.CAUSE_NORMAL;
        return this;
    }

    public Recording call(String call, int state) {
        return state(StateMachine.CALL, state, call, null, null, null, null);
    }

    public Recording conn(String call, String conn, String address, int state) {
        return state(StateMachine.CONNECTION, state, call, conn, null, address, null);
    }

    public Recording ccConn(String call, String conn, String address, int state) {
        return state(StateMachine.CALL_CONTROL_CONNECTION, state, call, conn, null, address, null);
    }

    public Recording tc(String call, String conn, String address, String tc, String terminal, int state) {
        return state(StateMachine.TERMINAL_CONNECTION, state, call, conn, tc, address, terminal);
    }

    public Recording ccTc(String call, String conn, String address, String tc, String terminal, int state) {
        return state(StateMachine.CALL_CONTROL_TERMINAL_CONNECTION, state, call, conn, tc, address, terminal);
    }

    public Recording provider(int state) {
        return state(StateMachine.PROVIDER, state, null, null, null, null, null);
    }

    /** CallObservationEndedEv or CALL_EVENT_TRANSMISSION_ENDED. */
    public Recording ended(String call) {
        return add(EventCatalog.kind(model, 103), call, null, null, null, null, null);
    }

    /** A listener single-call meta event (e.g. SINGLECALL_META_SNAPSHOT_STARTED) about the call. */
    public Recording metaEvent(String call, int id) {
        cause = id == SingleCallMetaEvent.SINGLECALL_META_SNAPSHOT_STARTED ? Event.CAUSE_SNAPSHOT : cause;
        add(EventCatalog.kind(model, id), call, null, null, null, null, null);
        if (id == SingleCallMetaEvent.SINGLECALL_META_SNAPSHOT_ENDED) {
            live();
        }
        return this;
    }

    /** A device service event recognised by an implementation's hooks. */
    public Recording service(ServiceChange.Device device, String name, boolean inService) {
        EventKind kind = new EventKind(model, 0x4257, "service", EventKind.Subject.DEVICE_SERVICE, null,
                EventKind.NO_STATE);
        return add(kind, null, null, null, device == ServiceChange.Device.ADDRESS ? name : null,
                device == ServiceChange.Device.TERMINAL ? name : null, new ServiceChange(device, inService, name, 0));
    }

    /** Sets the state the last event's object was in while it was delivered. */
    public Recording deliveredIn(int state) {
        RecordedEvent e = events.remove(events.size() - 1);
        EventFacts f = e.facts();
        events.add(copy(e, new EventFacts(f.kind(), f.cause(), f.metaCode(), f.newMeta(), f.metaEvent(), f.call(),
                f.connection(), f.terminalConnection(), f.address(), f.terminal(), state, f.service(), f.problem())));
        return this;
    }

    /** Clears the new-meta flag of the last event (as a faulty implementation would). */
    public Recording withoutNewMeta() {
        RecordedEvent e = events.remove(events.size() - 1);
        EventFacts f = e.facts();
        events.add(copy(e, new EventFacts(f.kind(), f.cause(), f.metaCode(), false, f.metaEvent(), f.call(),
                f.connection(), f.terminalConnection(), f.address(), f.terminal(), f.stateAtDelivery(), f.service(),
                f.problem())));
        return this;
    }

    /** Repeats the last event object (the same instance delivered again). */
    public Recording again() {
        RecordedEvent e = events.get(events.size() - 1);
        events.add(new RecordedEvent(events.size() + 1L, e.nanos() + 1, e.thread(), e.application(), e.callback(),
                e.batch(), e.index() + 1, e.batchSize(), null, e.facts(), e.event()));
        return this;
    }

    public List<RecordedEvent> events() {
        return List.copyOf(events);
    }

    private Recording state(StateMachine machine, int state, String call, String conn, String tc, String address,
            String terminal) {
        return add(EventCatalog.stateEvent(model, machine, state), call, conn, tc, address, terminal, null);
    }

    private Recording add(EventKind kind, String call, String conn, String tc, String address, String terminal,
            ServiceChange service) {
        boolean observer = model == Model.OBSERVER;
        boolean callEvent = call != null;
        int meta = observer ? metaCode : listenerMeta(kind);
        boolean newMeta = observer && (!callEvent || forceNewMeta || meta != lastMeta);
        if (observer && callEvent) {
            forceNewMeta = false;
            lastMeta = meta;
        }
        int state = kind.isStateChange() ? kind.state() : EventKind.NO_STATE;
        EventFacts facts = new EventFacts(kind, cause, meta, newMeta, null, call, conn, tc, address, terminal, state,
                service, null);
        events.add(new RecordedEvent(events.size() + 1L, events.size(), "test", observer ? "observer" : "listener",
                observer ? (callEvent ? "callChangedEvent" : "providerChangedEvent") : kind.name(),
                observer ? Math.max(1, batch) : 0, 0, 1, null, facts,
                new Object()));
        return this;
    }

    private int listenerMeta(EventKind kind) {
        if (kind.subject() == EventKind.Subject.META) {
            return kind.id();
        }
        return cause == Event.CAUSE_SNAPSHOT ? SingleCallMetaEvent.SINGLECALL_META_SNAPSHOT_STARTED
                : EventKind.NO_STATE;
    }

    private static RecordedEvent copy(RecordedEvent e, EventFacts facts) {
        return new RecordedEvent(e.seq(), e.nanos(), e.thread(), e.application(), e.callback(), e.batch(), e.index(),
                e.batchSize(), e.insideApplicationCall(), facts, e.event());
    }
}
