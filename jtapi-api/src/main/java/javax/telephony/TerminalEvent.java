package javax.telephony;

/**
 * An event about a {@link Terminal}, delivered to its {@link TerminalListener}s.
 * <p>
 * The core package defines only {@link #TERMINAL_EVENT_TRANSMISSION_ENDED}; extension packages (call
 * control, phone, call center) define further terminal events that extend this interface. The JTAPI 1.2
 * equivalent is {@link javax.telephony.events.TermEv}.
 *
 * @see TerminalListener
 */
public interface TerminalEvent extends Event {
    /**
     * Event ID: the listener will receive no more events from this terminal, because it was removed or the
     * terminal can no longer be observed. Delivered to
     * {@link TerminalListener#terminalListenerEnded(TerminalEvent)}.
     */
    int TERMINAL_EVENT_TRANSMISSION_ENDED = 121;

    /**
     * Returns the terminal the event is about.
     *
     * @return the terminal; never {@code null}
     */
    Terminal getTerminal();
}
