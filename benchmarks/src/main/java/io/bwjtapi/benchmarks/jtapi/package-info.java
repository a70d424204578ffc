/**
 * The JTAPI layer under load: events delivered per second to observers and listeners with a scripted switch
 * ({@link io.bwjtapi.benchmarks.jtapi.DispatchThroughput}), and latency from an Xsi event leaving the simulator to
 * the observer callback at a steady event rate ({@link io.bwjtapi.benchmarks.jtapi.DispatchLatency}).
 */
package io.bwjtapi.benchmarks.jtapi;
