package javax.telephony.privatedata;

import javax.telephony.Event;

/**
 * A listener-model event that carries private data the platform sent on its own, without a request from
 * the application.
 * <p>
 * {@link #getSource()} is the object the data concerns and {@link #getID()} says which kind of object it
 * is; the event is delivered to the matching listener method:
 * <ul>
 *   <li>{@link #PRIVATE_DATA_PROVIDER_EVENT}: a {@link javax.telephony.Provider}, to
 *       {@link PrivateDataProviderListener#providerPrivateData(PrivateDataEvent)};</li>
 *   <li>{@link #PRIVATE_DATA_CALL_EVENT}: a {@link javax.telephony.Call}, to
 *       {@link PrivateDataCallListener#callPrivateData(PrivateDataEvent)};</li>
 *   <li>{@link #PRIVATE_DATA_ADDRESS_EVENT}: an {@link javax.telephony.Address}, to
 *       {@link PrivateDataAddressListener#addressPrivateData(PrivateDataEvent)};</li>
 *   <li>{@link #PRIVATE_DATA_TERMINAL_EVENT}: a {@link javax.telephony.Terminal}, to
 *       {@link PrivateDataTerminalListener#terminalPrivateData(PrivateDataEvent)}.</li>
 * </ul>
 * The IDs have the same values as the {@code ID} constants of the deprecated observer-model events in
 * {@code javax.telephony.privatedata.events}, which this event replaces.
 */
public interface PrivateDataEvent extends Event {
    /**
     * The {@link #getID()} of private data about an {@link javax.telephony.Address}; the value of
     * {@link javax.telephony.privatedata.events.PrivateAddrEv#ID}.
     */
    int PRIVATE_DATA_ADDRESS_EVENT = 600;

    /**
     * The {@link #getID()} of private data about a {@link javax.telephony.Call}; the value of
     * {@link javax.telephony.privatedata.events.PrivateCallEv#ID}.
     */
    int PRIVATE_DATA_CALL_EVENT = 601;

    /**
     * The {@link #getID()} of private data about a {@link javax.telephony.Provider}; the value of
     * {@link javax.telephony.privatedata.events.PrivateProvEv#ID}.
     */
    int PRIVATE_DATA_PROVIDER_EVENT = 602;

    /**
     * The {@link #getID()} of private data about a {@link javax.telephony.Terminal}; the value of
     * {@link javax.telephony.privatedata.events.PrivateTermEv#ID}.
     */
    int PRIVATE_DATA_TERMINAL_EVENT = 603;

    /**
     * Returns the data the platform sent.
     *
     * @return the data, in a form the implementation defines; {@code null} if the platform sent none
     */
    Object getPrivateData();
}
