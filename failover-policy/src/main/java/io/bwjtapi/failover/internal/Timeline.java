package io.bwjtapi.failover.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * At most one deadline per key, ordered by time and then by scheduling order, so that keys due at the same
 * instant come out in the order they were scheduled (deterministic). Scheduling a key again replaces its
 * deadline.
 *
 * @param <K> the key type
 */
public final class Timeline<K> {
    private final TreeSet<Entry<K>> byTime = new TreeSet<>();
    private final Map<K, Entry<K>> byKey = new HashMap<>();
    private long sequence;

    /**
     * @param key the key
     * @param at its deadline, replacing any earlier one
     */
    public void schedule(K key, Instant at) {
        cancel(key);
        Entry<K> entry = new Entry<>(at, sequence++, key);
        byTime.add(entry);
        byKey.put(key, entry);
    }

    /**
     * @param key the key
     * @return whether it had a deadline
     */
    public boolean cancel(K key) {
        Entry<K> entry = byKey.remove(key);
        return entry != null && byTime.remove(entry);
    }

    /**
     * @param key the key
     * @return whether it has a deadline
     */
    public boolean contains(K key) {
        return byKey.containsKey(key);
    }

    /** @return the earliest deadline */
    public Optional<Instant> earliest() {
        return byTime.isEmpty() ? Optional.empty() : Optional.of(byTime.first().at);
    }

    /**
     * Removes and returns the first key due at {@code now}.
     *
     * @param now the current time
     * @return the key, or empty when none is due
     */
    public Optional<K> pollDue(Instant now) {
        if (byTime.isEmpty() || byTime.first().at.isAfter(now)) {
            return Optional.empty();
        }
        Entry<K> entry = byTime.pollFirst();
        byKey.remove(entry.key);
        return Optional.of(entry.key);
    }

    /** @return how many keys have a deadline */
    public int size() {
        return byKey.size();
    }

    private static final class Entry<K> implements Comparable<Entry<K>> {
        final Instant at;
        final long sequence;
        final K key;

        Entry(Instant at, long sequence, K key) {
            this.at = at;
            this.sequence = sequence;
            this.key = key;
        }

        @Override
        public int compareTo(Entry<K> other) {
            int byAt = at.compareTo(other.at);
            return byAt != 0 ? byAt : Long.compare(sequence, other.sequence);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Entry && sequence == ((Entry<?>) other).sequence;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(sequence);
        }
    }
}
