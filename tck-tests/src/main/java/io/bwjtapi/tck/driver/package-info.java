/**
 * What the kit needs from an environment that a JTAPI application cannot do itself:
 * {@link io.bwjtapi.tck.driver.EnvironmentDriver} (people and the network act, faults are injected and repaired,
 * the ground truth is read in JTAPI terms) and {@link io.bwjtapi.tck.driver.DeviceServiceHooks} (an
 * implementation's device service extension). {@link io.bwjtapi.tck.driver.SimulatorEnvironmentDriver} implements
 * both for the BroadWorks simulator and bwjtapi, reaching {@code io.bwjtapi.ext} by reflection only.
 */
package io.bwjtapi.tck.driver;
