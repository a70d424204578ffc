package io.bwjtapi.csta.model;

/**
 * The stable identity of a call in the model. It survives extTrackingId changes (transfer, pickup, barge-in,
 * park retrieve) and resynchronisation for as long as the call lives; when two calls merge (transfer,
 * conference) the older reference survives. A provider keeps one JTAPI Call per CallRef.
 */
public final class CallRef implements Comparable<CallRef> {
    private final long id;

    private CallRef(long id) {
        this.id = id;
    }

    /**
     * Returns the reference with this number.
     *
     * @param id a positive number, unique within one {@link CallModel}
     * @return the reference
     */
    public static CallRef of(long id) {
        if (id <= 0) {
            throw new IllegalArgumentException("a call reference is positive: " + id);
        }
        return new CallRef(id);
    }

    /** @return the number, increasing with the age of the call */
    public long id() {
        return id;
    }

    /**
     * Compares ages.
     *
     * @param other another call
     * @return whether this call was created before the other
     */
    public boolean isOlderThan(CallRef other) {
        return id < other.id;
    }

    @Override
    public int compareTo(CallRef other) {
        return Long.compare(id, other.id);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof CallRef && id == ((CallRef) o).id);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "call#" + id;
    }
}
