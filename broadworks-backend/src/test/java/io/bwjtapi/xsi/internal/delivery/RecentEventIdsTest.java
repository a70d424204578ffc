package io.bwjtapi.xsi.internal.delivery;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RecentEventIdsTest {

    @Test
    void remembersUpToItsCapacityAndForgetsTheOldestFirst() {
        RecentEventIds ids = new RecentEventIds(3);
        assertTrue(ids.add("a"));
        assertTrue(ids.add("b"));
        assertFalse(ids.add("a"), "a duplicate");
        assertTrue(ids.add("c"));
        assertTrue(ids.add("d"));
        assertTrue(ids.add("a"), "the oldest was forgotten");
        assertFalse(ids.add("d"));
    }
}
