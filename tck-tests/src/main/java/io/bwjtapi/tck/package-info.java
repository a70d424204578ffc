/**
 * bwjtapi's JTAPI compliance kit: property-based, written against {@code javax.telephony} only, and run against
 * any JTAPI implementation that has an {@link io.bwjtapi.tck.driver.EnvironmentDriver} for its switch.
 * <p>
 * {@link io.bwjtapi.tck.TckSettings} reads the system properties ({@code tck.jtapiPeer}, {@code tck.providerString},
 * {@code tck.driver}, ...); {@link io.bwjtapi.tck.TckSession} loads the peer by class name, opens a provider and
 * attaches an observer application and a listener application to every local party. The subpackages hold the
 * environment drivers ({@code driver}), the recording fixtures ({@code fixture}), the specification's state
 * machines and the application's view ({@code model}), the rules checked on recordings ({@code property}) and the
 * generated scenarios with their runner and replay scripts ({@code scenario}).
 */
package io.bwjtapi.tck;
