/**
 * Observation of the failover policy's state machines: a listener receives every provider, device and channel
 * transition as it happens, with its reason. Meant for logging, metrics and tests; decisions are what the wiring
 * acts on.
 */
package io.bwjtapi.failover.event;
