/**
 * The observer-model (JTAPI 1.2) events of the private data package: private data the platform sends on
 * its own, delivered to the ordinary observers of the object it concerns.
 * <p>
 * Each event carries its data and the object it is about; the four interfaces differ in that object
 * (provider, call, address or terminal) and hence in the observer that receives them. All of them are
 * deprecated together with the observer model: listener-model applications receive the same data as
 * {@link javax.telephony.privatedata.PrivateDataEvent}s, whose IDs have the same values.
 */
package javax.telephony.privatedata.events;
