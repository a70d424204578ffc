/** A JUnit 5 extension that runs a simulator around tests. */
package io.bwjtapi.simulator.junit;
