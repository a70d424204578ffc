/**
 * The counters of a BroadWorks session (events, drops, duplicates, resyncs, failovers, unsynchronised parties)
 * and the per-phase timeline of its last failover, in one object per session for monitoring (JMX) and for the
 * HA measurements.
 */
package io.bwjtapi.broadworks.stats;
