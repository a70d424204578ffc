/**
 * Capabilities of the call control package: which {@code javax.telephony.callcontrol} features an
 * application can use, one interface per extended object (Address, Call, Connection, Terminal,
 * TerminalConnection).
 * <p>
 * Like the core capabilities, each comes in two forms. <em>Static</em> capabilities, from the Provider's
 * {@code get*Capabilities()} methods, say what the implementation supports for every object of that kind.
 * <em>Dynamic</em> capabilities, from an object's {@code getCapabilities()}, say what can be done with that
 * object in its current state. A {@code true} answer means the method may succeed, not that it will; a
 * {@code false} answer means it cannot, so applications can grey out a button or skip a feature. The
 * capabilities objects of a Provider that supports the call control package implement these interfaces;
 * applications test for them with {@code instanceof}.
 */
package javax.telephony.callcontrol.capabilities;
