/**
 * Capabilities of the phone package: what an application may currently do with a
 * {@link javax.telephony.phone.Component} ({@link javax.telephony.phone.capabilities.ComponentCapabilities})
 * and with a {@link javax.telephony.phone.ComponentGroup}
 * ({@link javax.telephony.phone.capabilities.ComponentGroupCapabilities}).
 * <p>
 * Both are dynamic capabilities, asked of the object itself, and may change over time. Applications
 * check them before driving a component so that they can offer only what works.
 */
package javax.telephony.phone.capabilities;
