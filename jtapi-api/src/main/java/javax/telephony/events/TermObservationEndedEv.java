package javax.telephony.events;

/**
 * Reports that a {@link javax.telephony.TerminalObserver} will receive no more events from its
 * {@link javax.telephony.Terminal}.
 * <p>
 * It is the last event the observer gets, sent when the observer was removed with
 * {@link javax.telephony.Terminal#removeObserver(javax.telephony.TerminalObserver)} or when the
 * implementation can no longer observe the terminal, for example because the provider shut down. The
 * implementation has dropped the observer by then. The listener model reports the same end as
 * {@link javax.telephony.TerminalEvent#TERMINAL_EVENT_TRANSMISSION_ENDED} through
 * {@link javax.telephony.TerminalListener#terminalListenerEnded(javax.telephony.TerminalEvent)}.
 */
public interface TermObservationEndedEv extends TermEv {
    /**
     * The {@link Ev#getID()} of this event; equal to
     * {@link javax.telephony.TerminalEvent#TERMINAL_EVENT_TRANSMISSION_ENDED}.
     */
    int ID = 121;
}
