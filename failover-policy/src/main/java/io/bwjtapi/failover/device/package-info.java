/**
 * Per-device decisions: service state (in service, out of service with a cause, resyncing, closed) and when to
 * force a resync (after channel loss, on a sequence gap, on a new call, on a call alerting too long, and
 * periodically).
 */
package io.bwjtapi.failover.device;
