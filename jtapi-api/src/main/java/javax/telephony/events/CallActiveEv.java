package javax.telephony.events;

/**
 * Reports that a {@link javax.telephony.Call} is now {@link javax.telephony.Call#ACTIVE}: it has started,
 * either placed with {@link javax.telephony.Call#connect(javax.telephony.Terminal,
 * javax.telephony.Address, String)} or arriving at an observed Address or Terminal.
 * <p>
 * It normally opens the {@link Ev#META_CALL_STARTING} group, followed by the events of the call's first
 * connections. The listener model reports the same change as
 * {@link javax.telephony.CallEvent#CALL_ACTIVE} through
 * {@link javax.telephony.CallListener#callActive(javax.telephony.CallEvent)}.
 */
public interface CallActiveEv extends CallEv {
    /** The {@link Ev#getID()} of this event; equal to {@link javax.telephony.CallEvent#CALL_ACTIVE}. */
    int ID = 101;
}
