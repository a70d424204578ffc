/**
 * The failover contract, wired: backend transport facts become failover-policy facts
 * ({@link io.bwjtapi.broadworks.failover.BackendFacts}), the policy's decisions become channel, subscription and
 * give-up operations ({@link io.bwjtapi.broadworks.failover.DecisionRunner}), and provider and device service
 * states become the JTAPI layer's failover operations ({@link io.bwjtapi.broadworks.failover.ServiceReporter}).
 * Everything runs on the session's switch thread, driven by {@link io.bwjtapi.broadworks.failover.PolicyDriver}
 * and its single timer.
 */
package io.bwjtapi.broadworks.failover;
