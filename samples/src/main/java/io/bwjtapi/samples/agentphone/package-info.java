/**
 * The agent phone sample: {@link io.bwjtapi.samples.agentphone.AgentPhone} answers, holds, retrieves, transfers
 * (blind and warm) and hangs up the calls of one agent from the console, using the call-control package.
 */
package io.bwjtapi.samples.agentphone;
