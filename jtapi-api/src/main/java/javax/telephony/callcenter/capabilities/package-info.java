/**
 * Capabilities of the call-center objects: which methods of {@link javax.telephony.callcenter} an
 * implementation supports.
 * <p>
 * Each interface extends the core capabilities of the object it describes (address, connection,
 * terminal, call or provider) with one {@code can...} method per call-center feature. As in the core
 * package {@link javax.telephony.capabilities}, they come in two kinds: <em>static</em> capabilities,
 * returned by the {@code get...Capabilities()} methods of {@link javax.telephony.Provider}, say what the
 * implementation can do for that kind of object in general; <em>dynamic</em> capabilities, returned by
 * an object's own {@code getCapabilities} method, say what that object allows in its current state. An
 * application tests for the interface with {@code instanceof} before asking, and uses the answers to
 * avoid calls that would throw {@link javax.telephony.MethodNotSupportedException}.
 */
package javax.telephony.callcenter.capabilities;
