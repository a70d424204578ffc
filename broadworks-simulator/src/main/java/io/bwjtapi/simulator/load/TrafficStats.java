package io.bwjtapi.simulator.load;

/**
 * Counters of a load generator run.
 *
 * @param started calls dialled
 * @param answered calls answered
 * @param completed calls released after their hold time
 * @param failed calls the switch refused or that ended early (busy, released by a fault, user deleted)
 */
public record TrafficStats(long started, long answered, long completed, long failed) {
}
