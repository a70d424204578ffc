package javax.telephony.events;

import javax.telephony.Terminal;

/**
 * The base of observer-model events about a {@link Terminal} itself, as opposed to the calls at it.
 * <p>
 * These events go to the {@link javax.telephony.TerminalObserver}s attached with
 * {@link Terminal#addObserver(javax.telephony.TerminalObserver)}. The core package defines only the end of
 * observation ({@link TermObservationEndedEv}); the extension packages add events for features of a
 * terminal such as do-not-disturb, phone components (buttons, lamps, hookswitch, display) or agents.
 * Changes to calls at a terminal are reported as {@link CallEv}s to call observers, not as terminal
 * events. The listener model reports terminal changes as {@link javax.telephony.TerminalEvent}s.
 */
public interface TermEv extends Ev {
    /**
     * Returns the terminal this event is about.
     *
     * @return the terminal; never {@code null}
     */
    Terminal getTerminal();
}
