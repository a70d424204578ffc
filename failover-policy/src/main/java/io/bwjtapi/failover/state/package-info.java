/**
 * The three state machines of the failover policy: the provider's connection state, each device's service
 * state and each XSP's channel state. Every machine is an enum of states plus one enum listing every legal
 * transition; the policy moves only along listed transitions and fails with
 * {@link io.bwjtapi.failover.state.IllegalStateTransitionException} otherwise.
 */
package io.bwjtapi.failover.state;
