package io.bwjtapi.benchmarks;

/**
 * One number a measurement program produced.
 *
 * @param id the measure's id in the suite's catalog
 * @param value the number, in the catalog's unit for the measure
 * @param size the size it was measured at (addresses, users), or 0
 * @param detail conditions and spread, possibly empty
 */
public record Result(String id, double value, int size, String detail) {
    public Result {
        detail = detail == null ? "" : detail;
    }
}
