/**
 * Generated scenarios: {@link io.bwjtapi.tck.scenario.ScenarioArbitraries} generates and shrinks them,
 * {@link io.bwjtapi.tck.scenario.ScenarioScript} writes and reads them as replay scripts, and
 * {@link io.bwjtapi.tck.scenario.ScenarioRunner} runs one end to end and checks every rule.
 */
package io.bwjtapi.tck.scenario;
