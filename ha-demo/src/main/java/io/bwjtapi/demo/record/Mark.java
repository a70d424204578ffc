package io.bwjtapi.demo.record;

/**
 * Something the demo did.
 *
 * @param at milliseconds since the demo started
 * @param label what was done, e.g. {@code XSP 1 killed}
 * @param kind whether it broke something, repaired something or is a note
 */
public record Mark(long at, String label, Kind kind) {
    /** What a mark is. */
    public enum Kind { NOTE, FAULT, REPAIR }

    /** @return whether it broke something */
    public boolean fault() {
        return kind == Kind.FAULT;
    }
}
