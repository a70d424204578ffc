package io.bwjtapi.xsi.internal.delivery;

import java.util.LinkedHashMap;
import java.util.Map;

/** Remembers the most recent eventIDs (bounded, oldest forgotten first) to drop re-deliveries. Not thread-safe. */
final class RecentEventIds {
    private final Map<String, Boolean> ids;

    RecentEventIds(int capacity) {
        this.ids = new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** @return {@code true} when the id is new (and now remembered), {@code false} for a duplicate */
    boolean add(String eventId) {
        return ids.putIfAbsent(eventId, Boolean.TRUE) == null;
    }
}
