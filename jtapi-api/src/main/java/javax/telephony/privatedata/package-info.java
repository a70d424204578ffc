/**
 * Private data: a way to exchange information that JTAPI does not model with the telephony platform
 * behind an implementation.
 * <p>
 * An implementation that supports it makes some of its objects (typically the
 * {@link javax.telephony.Provider}, {@link javax.telephony.Call}, {@link javax.telephony.Address},
 * {@link javax.telephony.Terminal}, {@link javax.telephony.Connection} and
 * {@link javax.telephony.TerminalConnection}) implement {@link javax.telephony.privatedata.PrivateData};
 * an application checks with {@code instanceof} and casts. Data flows three ways:
 * <ul>
 *   <li>{@link javax.telephony.privatedata.PrivateData#setPrivateData(Object)} attaches data to the next
 *       JTAPI request made on the object;</li>
 *   <li>{@link javax.telephony.privatedata.PrivateData#sendPrivateData(Object)} sends data at once, on its
 *       own, and returns the platform's answer;</li>
 *   <li>{@link javax.telephony.privatedata.PrivateData#getPrivateData()} returns data the platform
 *       associated with the object's current state.</li>
 * </ul>
 * Data the platform sends on its own arrives as a {@link javax.telephony.privatedata.PrivateDataEvent},
 * delivered to listeners that implement one of the {@code PrivateData*Listener} interfaces here (or, in
 * the observer model, as the deprecated events of {@code javax.telephony.privatedata.events}).
 * {@link javax.telephony.privatedata.capabilities.PrivateDataCapabilities} tells which of these operations
 * an object supports.
 * <p>
 * The format and meaning of the data are defined by each implementation, not by JTAPI; an application
 * that uses them depends on that implementation.
 */
package javax.telephony.privatedata;
