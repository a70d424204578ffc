package javax.telephony.privatedata.events;

import javax.telephony.events.CallEv;

/**
 * An observer-model event carrying private data the platform sent on its own about a
 * {@link javax.telephony.Call}.
 * <p>
 * It is delivered, in order with the other events, to the {@link javax.telephony.CallObserver}s of that
 * object, when the implementation supports private data.
 *
 * @deprecated replaced in the listener model by {@link javax.telephony.privatedata.PrivateDataEvent},
 *     delivered to {@link javax.telephony.privatedata.PrivateDataCallListener#callPrivateData};
 *     use a listener instead of an observer.
 */
public interface PrivateCallEv extends CallEv {
    /**
     * The {@link javax.telephony.events.Ev#getID()} of this event; equal to
     * {@link javax.telephony.privatedata.PrivateDataEvent#PRIVATE_DATA_CALL_EVENT}.
     */
    int ID = 601;

    /**
     * Returns the data the platform sent.
     *
     * @return the data, in a form the implementation defines; {@code null} if the platform sent none
     */
    Object getPrivateData();
}
