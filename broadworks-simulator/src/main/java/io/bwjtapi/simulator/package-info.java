/**
 * A BroadWorks stand-in for tests, benchmarks and demos: n XSPs speaking the Xsi-Actions and Xsi-Events wire
 * protocol in front of a primary/secondary Application Server pair, with fault injection. Start with
 * {@link io.bwjtapi.simulator.BroadWorksSimulator#start(io.bwjtapi.simulator.SimulatorConfig)}.
 *
 * <p>API packages: this one, {@code model} (users, call snapshots, ground truth), {@code fault} (the
 * {@code Fault} types), {@code load} (generated traffic), {@code junit} (the JUnit 5 extension) and
 * {@code control} (the JSON control API). The others ({@code engine}, {@code events}, {@code xsi},
 * {@code http}, {@code core}, {@code cli}, {@code internal.*}) are the simulator's workings and may change.
 */
package io.bwjtapi.simulator;
