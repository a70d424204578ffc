/**
 * Failure detection for one live channel from heartbeat timing: the stream must show traffic, and a heartbeat
 * the XSP does not echo on the stream in time declares the channel silent.
 */
package io.bwjtapi.failover.detect;
