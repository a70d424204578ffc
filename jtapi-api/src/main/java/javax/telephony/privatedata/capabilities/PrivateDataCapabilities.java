package javax.telephony.privatedata.capabilities;

/**
 * Which {@link javax.telephony.privatedata.PrivateData} operations an object supports.
 * <p>
 * Implemented, in addition to the core interface, by the capabilities objects of an implementation that
 * supports private data: for example the {@link javax.telephony.capabilities.CallCapabilities} returned
 * by {@link javax.telephony.Provider#getCallCapabilities()} (static) or by
 * {@link javax.telephony.Call#getCapabilities(javax.telephony.Terminal, javax.telephony.Address)}
 * (dynamic). An application checks with {@code instanceof} and casts. An object whose capabilities do
 * not implement this interface supports none of the operations.
 */
public interface PrivateDataCapabilities {
    /**
     * Tells whether {@link javax.telephony.privatedata.PrivateData#getPrivateData()} can return data for
     * the object.
     *
     * @return {@code true} if the object can report private data
     */
    boolean canGetPrivateData();

    /**
     * Tells whether {@link javax.telephony.privatedata.PrivateData#sendPrivateData(Object)} can be used on
     * the object.
     *
     * @return {@code true} if the object can send private data at once
     */
    boolean canSendPrivateData();

    /**
     * Tells whether {@link javax.telephony.privatedata.PrivateData#setPrivateData(Object)} can be used on
     * the object to attach data to its next request.
     *
     * @return {@code true} if the object accepts private data for its next request
     */
    boolean canSetPrivateData();
}
