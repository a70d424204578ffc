package javax.telephony.privatedata;

/**
 * Implemented by JTAPI objects that can exchange private data, information outside the JTAPI model, with
 * the telephony platform.
 * <p>
 * The object that implements this interface is an implementation's {@link javax.telephony.Provider},
 * {@link javax.telephony.Call}, {@link javax.telephony.Address}, {@link javax.telephony.Terminal},
 * {@link javax.telephony.Connection} or {@link javax.telephony.TerminalConnection}; applications reach the
 * methods by casting. What data an object accepts and returns, and its type, are defined by the
 * implementation. {@link javax.telephony.privatedata.capabilities.PrivateDataCapabilities}, implemented by
 * the object's capabilities, tells which of the three methods are supported; data that the
 * implementation does not accept is refused with an unchecked exception.
 */
public interface PrivateData {
    /**
     * Returns the private data the platform currently associates with this object, for example details
     * that came with its last state change. The same data may be returned more than once.
     *
     * @return the data, or {@code null} if there is none
     */
    Object getPrivateData();

    /**
     * Sends private data to the platform at once, independently of any other JTAPI request, and returns
     * the platform's answer.
     * <p>
     * The method blocks until the platform has answered or the implementation gives up. It does not
     * change the object's JTAPI state by itself; any change it causes on the platform is reported by the
     * usual events.
     *
     * @param data the data to send, in a form the implementation defines
     * @return the platform's answer, or {@code null} if it returns none
     */
    Object sendPrivateData(Object data);

    /**
     * Attaches private data to the next JTAPI request the application makes on this object.
     * <p>
     * The implementation sends the data with that one request (for example
     * {@link javax.telephony.Call#connect(javax.telephony.Terminal, javax.telephony.Address, String)} on a
     * call) and then forgets it, so it must be set again before each request that needs it. Setting new
     * data replaces data not yet used; {@code null} clears it. The method does not contact the platform.
     *
     * @param data the data to send with the next request, or {@code null} to clear data not yet used
     */
    void setPrivateData(Object data);
}
