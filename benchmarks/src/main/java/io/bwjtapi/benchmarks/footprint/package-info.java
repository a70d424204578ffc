/**
 * Provider start-up time and heap per idle address and per active call
 * ({@link io.bwjtapi.benchmarks.footprint.StartupAndHeap}), with the simulator in a process of its own.
 */
package io.bwjtapi.benchmarks.footprint;
