/**
 * The call engine: call sessions, halves, conferences, forwarding, transfers, Application Server failover, and
 * the switch events they produce. Driven only by the switch thread. Not API.
 */
package io.bwjtapi.simulator.engine;
