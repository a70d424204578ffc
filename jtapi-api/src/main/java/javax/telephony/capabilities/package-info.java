/**
 * Capabilities of the core package: objects that tell an application which core features it can use
 * before it tries them.
 * <p>
 * There is one capabilities interface per kind of core object. An application can ask two questions:
 * <ul>
 *   <li><em>static</em> capabilities, from the {@link javax.telephony.Provider} (for example
 *       {@link javax.telephony.Provider#getAddressCapabilities()}): can this implementation ever do this
 *       for objects of this kind?</li>
 *   <li><em>dynamic</em> capabilities, from the object itself (for example
 *       {@link javax.telephony.Address#getCapabilities()}): can it be done with this object now, given
 *       its state and the application's privileges?</li>
 * </ul>
 * A {@code false} answer means the corresponding method would fail (typically with
 * {@link javax.telephony.MethodNotSupportedException} or {@link javax.telephony.InvalidStateException}).
 * A {@code true} answer is not a promise: the object's state may change before the method is called.
 * <p>
 * The extension packages extend these interfaces (for example
 * {@code javax.telephony.callcontrol.capabilities.CallControlAddressCapabilities}). An implementation
 * that supports an extension returns capabilities objects that also implement its interfaces, so an
 * application casts them after an {@code instanceof} check.
 */
package javax.telephony.capabilities;
