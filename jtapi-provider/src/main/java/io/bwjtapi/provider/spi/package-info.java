/**
 * The service provider interface between bwjtapi's JTAPI layer and "the switch", in flat, JTAPI-neutral
 * terms: names, identifiers, enums and immutable values.
 * <ul>
 *   <li>{@link io.bwjtapi.provider.spi.SwitchConnector}: opens a session; found with
 *       {@link java.util.ServiceLoader} and selected by name ({@code connector=...} in the provider string).</li>
 *   <li>{@link io.bwjtapi.provider.spi.SwitchEventSink}: the facts the switch reports (devices, call updates,
 *       transfers and conferences, service changes and the failover operations); implemented by the JTAPI
 *       layer, callable from any thread, applied in order on the provider's model thread.</li>
 *   <li>{@link io.bwjtapi.provider.spi.SwitchCommands}: the commands the JTAPI layer sends (make call,
 *       answer, hold, unhold, disconnect, redirect, blind transfer, consult, consult transfer, conference,
 *       DTMF); implemented by the adapter, asynchronous, completed with success or a typed
 *       {@link io.bwjtapi.provider.spi.SwitchCommandException}.</li>
 * </ul>
 * Facts are applied tolerantly (unknown or impossible ones are logged, counted and dropped); commands are
 * validated strictly by the JTAPI layer before they are sent.
 */
package io.bwjtapi.provider.spi;
