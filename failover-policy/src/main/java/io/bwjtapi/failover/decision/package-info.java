/**
 * The decisions the failover policy hands to the wiring: open or close a channel on an XSP, provider and device
 * state changes (each with a reason), forced resyncs and giving up. The wiring carries them out in list order.
 */
package io.bwjtapi.failover.decision;
