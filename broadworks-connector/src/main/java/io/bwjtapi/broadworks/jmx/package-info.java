/**
 * JMX: one {@link io.bwjtapi.broadworks.jmx.BwProviderMXBean} per open provider, named
 * {@code io.bwjtapi:type=Provider,name="<XSP list>;login=<login>"}, with the provider's and devices' service states
 * as reported to the application, the event channels, the session's counters and the timings of the last failover.
 */
package io.bwjtapi.broadworks.jmx;
