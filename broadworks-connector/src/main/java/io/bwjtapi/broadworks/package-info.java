/**
 * The BroadWorks connector: the {@link io.bwjtapi.provider.spi.SwitchConnector} named {@code broadworks} that
 * puts BroadWorks behind bwjtapi's JTAPI layer. It wires the Xsi client ({@code broadworks-backend}), the CSTA
 * call model ({@code csta-bridge}) and the failover policy ({@code failover-policy}) together on one switch
 * thread per provider and reports to the JTAPI layer through its {@link io.bwjtapi.provider.spi.SwitchEventSink}.
 * <ul>
 *   <li>{@link io.bwjtapi.broadworks.session}: the connector, the session (open, users to monitor, configuration
 *       mapping) and its statistics.</li>
 *   <li>{@link io.bwjtapi.broadworks.calls}: Xsi events into the call model, the model into JTAPI call updates,
 *       and JTAPI commands into Xsi-Actions.</li>
 *   <li>{@link io.bwjtapi.broadworks.failover}: backend facts into failover facts, failover decisions into
 *       channel, subscription and service-state operations (the failover contract).</li>
 *   <li>{@link io.bwjtapi.broadworks.internal}: the switch thread.</li>
 * </ul>
 */
package io.bwjtapi.broadworks;
