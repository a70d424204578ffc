package javax.telephony.events;

import javax.telephony.TerminalConnection;

/**
 * The base of observer-model events about a {@link TerminalConnection}, a Terminal's part in a
 * {@link javax.telephony.Connection} (and so in a Call).
 * <p>
 * They go to the {@link javax.telephony.CallObserver}s of the call (see {@link CallEv}). Each state of a
 * terminal connection has its own event:
 * <ul>
 *   <li>{@link TerminalConnection#IDLE}: just created ({@link TermConnCreatedEv});</li>
 *   <li>{@link TerminalConnection#RINGING}: the Terminal is alerting and can answer
 *       ({@link TermConnRingingEv});</li>
 *   <li>{@link TerminalConnection#ACTIVE}: the Terminal takes an active part in the call
 *       ({@link TermConnActiveEv});</li>
 *   <li>{@link TerminalConnection#PASSIVE}: the Terminal belongs to the call without taking an active
 *       part, for example another phone sharing the line ({@link TermConnPassiveEv});</li>
 *   <li>{@link TerminalConnection#DROPPED}: the Terminal has left the call ({@link TermConnDroppedEv});</li>
 *   <li>{@link TerminalConnection#UNKNOWN}: the implementation cannot tell the state
 *       ({@link TermConnUnknownEv}).</li>
 * </ul>
 * From {@code IDLE} a terminal connection may move to any other state; from {@code RINGING} to
 * {@code ACTIVE}, {@code PASSIVE} or {@code DROPPED}; {@code ACTIVE} and {@code PASSIVE} may alternate
 * (a phone joining or leaving a shared call) and end in {@code DROPPED}, which is final. Any state may
 * give way to {@code UNKNOWN}, and {@code UNKNOWN} to any state but {@code IDLE}. The listener model
 * reports the same changes as {@link javax.telephony.TerminalConnectionEvent}s.
 */
public interface TermConnEv extends CallEv {
    /**
     * Returns the terminal connection this event is about.
     *
     * @return the terminal connection; never {@code null}
     */
    TerminalConnection getTerminalConnection();
}
