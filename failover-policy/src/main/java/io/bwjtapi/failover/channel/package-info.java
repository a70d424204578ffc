/**
 * The channel set: one channel state machine per XSP, silent-channel detection, which XSP to open next and
 * when, and make-before-break fallback to preferred XSPs.
 */
package io.bwjtapi.failover.channel;
