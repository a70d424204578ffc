/**
 * bwjtapi's benchmarks: JMH micro-benchmarks and end-to-end harnesses on the simulator that print numbers and
 * assert nothing. {@link io.bwjtapi.benchmarks.suite.BenchmarkSuite} (run by {@code ./benchmark}) runs them all;
 * each program hands its numbers over as {@link io.bwjtapi.benchmarks.Report} lines. This package holds what the
 * programs share: result lines, bounded polling, provider strings for the simulator, percentiles, CPU-time rates
 * and per-thread CPU accounting.
 * <ul>
 *   <li>{@code xsi}: Xsi decoding (JMH and per CPU second), the Xsi client against the simulator;</li>
 *   <li>{@code csta}: the CSTA call model (JMH and per CPU second);</li>
 *   <li>{@code jtapi}: JTAPI event dispatch to observers and listeners, and latency from the simulator to the
 *       observer callback;</li>
 *   <li>{@code footprint}: provider start-up time and heap;</li>
 *   <li>{@code simulator}: what the simulator itself sustains;</li>
 *   <li>{@code ha}: failover detection, recovery and AS resynchronisation.</li>
 * </ul>
 */
package io.bwjtapi.benchmarks;
