package io.bwjtapi.tck.model;

/**
 * What a JTAPI event reports, as the kit understands it: which model delivered it, which object it is
 * about, and for a state change the machine and the state it reports.
 *
 * @param model the observer (JTAPI 1.2) or listener (1.3/1.4) model
 * @param id the event's {@code getID()}
 * @param name the event's name, e.g. {@code ConnAlertingEv} or {@code CONNECTION_ALERTING}
 * @param subject the kind of object the event is about
 * @param machine the state machine of a state change, or {@code null}
 * @param state the state a state change reports, or {@link #NO_STATE}
 */
public record EventKind(Model model, int id, String name, Subject subject, StateMachine machine, int state) {
    /** The state of an event that reports none. */
    public static final int NO_STATE = Integer.MIN_VALUE;

    /** The event delivery models of JTAPI. */
    public enum Model {
        OBSERVER, LISTENER
    }

    /** The object an event is about. */
    public enum Subject {
        PROVIDER, CALL, CONNECTION, TERMINAL_CONNECTION, ADDRESS, TERMINAL, META, DEVICE_SERVICE, OTHER
    }

    /** Whether the event reports a state change of its subject. */
    public boolean isStateChange() {
        return machine != null;
    }

    /** Whether the event ends the observation of a call (the last event a call observer or listener gets). */
    public boolean endsCallObservation() {
        return subject == Subject.CALL && machine == null;
    }

    /** Whether the event is a call control refinement rather than a core state change. */
    public boolean isCallControl() {
        return machine == StateMachine.CALL_CONTROL_CONNECTION
                || machine == StateMachine.CALL_CONTROL_TERMINAL_CONNECTION;
    }

    /** An event the catalog does not know (e.g. from an extension package). */
    public static EventKind unknown(Model model, int id, String name) {
        return new EventKind(model, id, name, Subject.OTHER, null, NO_STATE);
    }

    @Override
    public String toString() {
        return name;
    }
}
