/**
 * Capabilities of the private data package: whether an object's
 * {@link javax.telephony.privatedata.PrivateData} operations can be used.
 * <p>
 * An implementation that supports private data returns capabilities objects (static ones from the
 * {@link javax.telephony.Provider}, dynamic ones from each object) that also implement
 * {@link javax.telephony.privatedata.capabilities.PrivateDataCapabilities}; see
 * {@link javax.telephony.capabilities} for the difference between the two.
 */
package javax.telephony.privatedata.capabilities;
