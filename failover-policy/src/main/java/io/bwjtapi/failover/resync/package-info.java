/**
 * Periodic resyncs: each device about every 30 minutes, jittered, with a cap on how many hit the XSP in any
 * one second.
 */
package io.bwjtapi.failover.resync;
