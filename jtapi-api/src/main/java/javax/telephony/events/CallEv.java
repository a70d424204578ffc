package javax.telephony.events;

import javax.telephony.Call;

/**
 * The base of observer-model events about a {@link Call}: the call's own state, its
 * {@link javax.telephony.Connection}s ({@link ConnEv}) and its {@link javax.telephony.TerminalConnection}s
 * ({@link TermConnEv}).
 * <p>
 * These events go to {@link javax.telephony.CallObserver}s, which an application attaches in three ways:
 * to one call with {@link Call#addObserver(javax.telephony.CallObserver)}, or to every call at an
 * Address or Terminal, present and future, with
 * {@link javax.telephony.Address#addCallObserver(javax.telephony.CallObserver)} or
 * {@link javax.telephony.Terminal#addCallObserver(javax.telephony.CallObserver)}. When an observer joins a
 * call that is already in progress, the implementation first reports the call's current state as a
 * snapshot ({@link Ev#META_SNAPSHOT}, {@link Ev#CAUSE_SNAPSHOT}).
 * <p>
 * A call is in one of three states, reported by their own events:
 * <ul>
 *   <li>{@link Call#IDLE}: just created, with no connections; no event reports it;</li>
 *   <li>{@link Call#ACTIVE}: the call is going on and has connections ({@link CallActiveEv});</li>
 *   <li>{@link Call#INVALID}: the call is over and has lost all its connections ({@link CallInvalidEv}).
 *   </li>
 * </ul>
 * A call never returns to an earlier state: it moves from {@code IDLE} to {@code ACTIVE}, and from either
 * to {@code INVALID}, which is final. {@link CallObservationEndedEv} is the last event an observer gets
 * for a call.
 */
public interface CallEv extends Ev {
    /**
     * Returns the call this event is about; for connection and terminal-connection events, the call
     * they belong to.
     *
     * @return the call; never {@code null}
     */
    Call getCall();
}
