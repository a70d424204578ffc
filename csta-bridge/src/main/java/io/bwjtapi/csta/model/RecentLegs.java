package io.bwjtapi.csta.model;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

/** The call halves that left most recently, oldest forgotten first once the capacity is reached. */
final class RecentLegs {
    private final int capacity;
    private final LinkedHashSet<LegRef> legs = new LinkedHashSet<>();

    RecentLegs(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
    }

    RecentLegs copy() {
        RecentLegs copy = new RecentLegs(capacity);
        copy.legs.addAll(legs);
        return copy;
    }

    boolean contains(LegRef leg) {
        return legs.contains(leg);
    }

    void add(LegRef leg) {
        legs.remove(leg);
        legs.add(leg);
        if (legs.size() > capacity) {
            Iterator<LegRef> oldest = legs.iterator();
            oldest.next();
            oldest.remove();
        }
    }

    void remove(LegRef leg) {
        legs.remove(leg);
    }

    Set<LegRef> asSet() {
        return legs;
    }
}
