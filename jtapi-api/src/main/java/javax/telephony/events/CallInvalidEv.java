package javax.telephony.events;

/**
 * Reports that a {@link javax.telephony.Call} is now {@link javax.telephony.Call#INVALID}: it has lost
 * all its connections and is over.
 * <p>
 * The state is final: the call object can no longer be used to place or control a call, and the
 * provider stops listing it. Observers of the call then receive {@link CallObservationEndedEv}. The
 * listener model reports the same change as {@link javax.telephony.CallEvent#CALL_INVALID} through
 * {@link javax.telephony.CallListener#callInvalid(javax.telephony.CallEvent)}.
 */
public interface CallInvalidEv extends CallEv {
    /** The {@link Ev#getID()} of this event; equal to {@link javax.telephony.CallEvent#CALL_INVALID}. */
    int ID = 102;
}
