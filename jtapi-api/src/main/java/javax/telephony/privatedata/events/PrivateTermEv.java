package javax.telephony.privatedata.events;

import javax.telephony.events.TermEv;

/**
 * An observer-model event carrying private data the platform sent on its own about a
 * {@link javax.telephony.Terminal}.
 * <p>
 * It is delivered, in order with the other events, to the {@link javax.telephony.TerminalObserver}s of
 * that object, when the implementation supports private data.
 *
 * @deprecated replaced in the listener model by {@link javax.telephony.privatedata.PrivateDataEvent},
 *     delivered to {@link javax.telephony.privatedata.PrivateDataTerminalListener#terminalPrivateData};
 *     use a listener instead of an observer.
 */
public interface PrivateTermEv extends TermEv {
    /**
     * The {@link javax.telephony.events.Ev#getID()} of this event; equal to
     * {@link javax.telephony.privatedata.PrivateDataEvent#PRIVATE_DATA_TERMINAL_EVENT}.
     */
    int ID = 603;

    /**
     * Returns the data the platform sent.
     *
     * @return the data, in a form the implementation defines; {@code null} if the platform sent none
     */
    Object getPrivateData();
}
