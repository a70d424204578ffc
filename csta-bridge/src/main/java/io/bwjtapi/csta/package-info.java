/**
 * The CSTA (ECMA-269) view of BroadWorks calls. {@link io.bwjtapi.csta.model} holds the call model (devices,
 * calls with a stable {@link io.bwjtapi.csta.model.CallRef}, connections with CSTA local states);
 * {@link io.bwjtapi.csta.translate} applies typed Xsi events to it and reports
 * {@link io.bwjtapi.csta.event.CstaEvent}s; {@link io.bwjtapi.csta.sync} is the pure snapshot reconciler that
 * brings one device back in step after a resync or an Application Server failover.
 */
package io.bwjtapi.csta;
