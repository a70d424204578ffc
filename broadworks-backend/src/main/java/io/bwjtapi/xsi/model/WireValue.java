package io.bwjtapi.xsi.model;

/** An enumerated value with the exact spelling BroadWorks uses on the wire. */
public interface WireValue {

    /**
     * Returns the value as it appears in Xsi XML.
     *
     * @return the wire spelling, or {@code null} for the "unrecognized" placeholder constant
     */
    String wireName();
}
