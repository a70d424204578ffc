/**
 * The facts the failover policy accepts: immutable observations about channels, heartbeats, subscriptions,
 * calls and devices, reported by the wiring in the order they happened. Facts carry no time of their own:
 * the policy stamps each one with its injected clock when it is applied.
 */
package io.bwjtapi.failover.fact;
