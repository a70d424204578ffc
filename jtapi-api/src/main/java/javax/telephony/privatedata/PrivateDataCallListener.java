package javax.telephony.privatedata;

import javax.telephony.CallListener;

/**
 * A {@link CallListener} that also receives the private data the platform sends about a
 * {@link javax.telephony.Call}.
 * <p>
 * The application registers it as an ordinary listener, on one call with
 * {@link javax.telephony.Call#addCallListener(CallListener)} or on the calls of an Address or Terminal
 * with their {@code addCallListener}. An implementation that supports private data notices that the
 * listener implements this interface and then delivers {@link PrivateDataEvent}s with ID
 * {@link PrivateDataEvent#PRIVATE_DATA_CALL_EVENT} to {@link #callPrivateData(PrivateDataEvent)}, in
 * order with the listener's other events. Implementations without private data never call it.
 */
public interface PrivateDataCallListener extends CallListener {
    /**
     * Receives private data the platform sent about a call.
     *
     * @param event the event; its {@link PrivateDataEvent#getSource()} is the call and its
     *     {@link PrivateDataEvent#getPrivateData()} the data
     */
    void callPrivateData(PrivateDataEvent event);
}
