package javax.telephony.privatedata;

import javax.telephony.ProviderListener;

/**
 * A {@link ProviderListener} that also receives the private data the platform sends about a
 * {@link javax.telephony.Provider}.
 * <p>
 * The application registers it as an ordinary listener with
 * {@link javax.telephony.Provider#addProviderListener(ProviderListener)}. An implementation that
 * supports private data notices that the listener implements this interface and then delivers
 * {@link PrivateDataEvent}s with ID {@link PrivateDataEvent#PRIVATE_DATA_PROVIDER_EVENT} to
 * {@link #providerPrivateData(PrivateDataEvent)}, in order with the listener's other events.
 * Implementations without private data never call it.
 */
public interface PrivateDataProviderListener extends ProviderListener {
    /**
     * Receives private data the platform sent about the provider.
     *
     * @param event the event; its {@link PrivateDataEvent#getSource()} is the provider and its
     *     {@link PrivateDataEvent#getPrivateData()} the data
     */
    void providerPrivateData(PrivateDataEvent event);
}
