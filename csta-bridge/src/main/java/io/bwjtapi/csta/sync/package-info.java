/**
 * Resynchronisation: {@link io.bwjtapi.csta.sync.Reconciler} is a pure function from (model, device, call
 * snapshot) to (model change, CSTA events, unsynchronised parties). It is the heart of the failover
 * contract: after it the device's calls are exactly those BroadWorks reports, the parties BroadWorks no
 * longer knows (the "stuck calls" of an Application Server failover) are cleared with cause
 * switchingFunctionTerminated, connections that agree produce no events, and other devices are untouched.
 */
package io.bwjtapi.csta.sync;
