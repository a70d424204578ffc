/**
 * The one command that runs every benchmark: {@link io.bwjtapi.benchmarks.suite.BenchmarkSuite} runs the programs
 * of the {@link io.bwjtapi.benchmarks.suite.Catalog} in JVMs of their own with short settings, judges each number
 * against the target of its issue and prints a table and writes JSON.
 */
package io.bwjtapi.benchmarks.suite;
