/**
 * The observer monitor sample: {@link io.bwjtapi.samples.monitor.ObserverMonitor} prints every event a Cisco-style
 * observer application receives (provider, addresses, terminals and their calls), and
 * {@link io.bwjtapi.samples.monitor.ListenerMonitor} optionally adds the JTAPI 1.4 listener events.
 */
package io.bwjtapi.samples.monitor;
