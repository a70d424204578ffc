package javax.telephony.privatedata;

import javax.telephony.AddressListener;

/**
 * An {@link AddressListener} that also receives the private data the platform sends about an
 * {@link javax.telephony.Address}.
 * <p>
 * The application registers it as an ordinary listener with
 * {@link javax.telephony.Address#addAddressListener(AddressListener)}. An implementation that supports
 * private data notices that the listener implements this interface and then delivers
 * {@link PrivateDataEvent}s with ID {@link PrivateDataEvent#PRIVATE_DATA_ADDRESS_EVENT} to
 * {@link #addressPrivateData(PrivateDataEvent)}, in order with the listener's other events.
 * Implementations without private data never call it.
 */
public interface PrivateDataAddressListener extends AddressListener {
    /**
     * Receives private data the platform sent about the address.
     *
     * @param event the event; its {@link PrivateDataEvent#getSource()} is the address and its
     *     {@link PrivateDataEvent#getPrivateData()} the data
     */
    void addressPrivateData(PrivateDataEvent event);
}
