package javax.telephony;

import java.util.EventListener;

/**
 * Receives the events of a {@link Terminal}; added with
 * {@link Terminal#addTerminalListener(TerminalListener)}.
 * <p>
 * The core package defines only the end of reporting; extension packages add methods in sub-interfaces
 * (for example {@code CallControlTerminalListener} for do-not-disturb changes), and a terminal reports an
 * extension's events only to listeners that implement its interface. The calls at a terminal are
 * followed with a {@link CallListener} added through {@link Terminal#addCallListener(CallListener)}
 * instead. This interface replaces the JTAPI 1.2 {@link TerminalObserver}.
 */
public interface TerminalListener extends EventListener {
    /**
     * Called with the last event this listener receives from the terminal, because the listener was
     * removed or the terminal can no longer be observed. The listener is no longer in
     * {@link Terminal#getTerminalListeners()}.
     *
     * @param terminalEvent the event, with ID {@link TerminalEvent#TERMINAL_EVENT_TRANSMISSION_ENDED}
     */
    void terminalListenerEnded(TerminalEvent terminalEvent);
}
