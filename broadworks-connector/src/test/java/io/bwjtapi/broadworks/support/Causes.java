package io.bwjtapi.broadworks.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javax.telephony.events.Ev;
import javax.telephony.callcontrol.events.CallCtlEv;

/** Assertions on the causes and meta codes of recorded observer events. */
public final class Causes {
    private Causes() {
    }

    /**
     * Asserts the causes of the last recorded event with the description.
     *
     * @param log the observer application
     * @param description the event, as {@link EventText} names it
     * @param core the expected {@code Ev.getCause()}
     * @param callControl the expected {@code CallCtlEv.getCallControlCause()}
     */
    public static void assertCauses(ObserverLog log, String description, int core, int callControl) {
        Ev ev = last(log, description);
        assertEquals(core, ev.getCause(), "core cause of " + description);
        assertEquals(callControl, ((CallCtlEv) ev).getCallControlCause(), "call-control cause of " + description);
    }

    /**
     * @param log the observer application
     * @param description the event, as {@link EventText} names it
     * @return the last recorded event with the description
     */
    public static Ev last(ObserverLog log, String description) {
        java.util.List<Ev> raw = log.raw();
        for (int i = raw.size() - 1; i >= 0; i--) {
            if (EventText.of(raw.get(i)).equals(description)) {
                return raw.get(i);
            }
        }
        throw new AssertionError("no event " + description + " in " + log.all());
    }
}
