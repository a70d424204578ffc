package io.bwjtapi.broadworks.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bwjtapi.testsupport.Await;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Recorded event descriptions, read in order: {@link #expect} waits (bounded) until the next events have arrived
 * and asserts they are exactly the expected ones, then moves past them, so a later expectation sees any extra
 * event.
 */
public class SequenceLog {
    /** How long an expected event may take to arrive. */
    public static final Duration WAIT = Duration.ofSeconds(15);

    private final List<String> events = new ArrayList<>();
    private int cursor;

    /** @param description one more event */
    protected final synchronized void add(String description) {
        events.add(description);
    }

    /** @return every event so far */
    public synchronized List<String> all() {
        return new ArrayList<>(events);
    }

    /** @return the events after the last expectation */
    public synchronized List<String> pending() {
        return new ArrayList<>(events.subList(cursor, events.size()));
    }

    /** @param expected the next events, exactly and in order */
    public void expect(String... expected) {
        expect(Arrays.asList(expected));
    }

    /** @param expected the next events, exactly and in order */
    public void expect(List<String> expected) {
        Await.until(WAIT, expected.size() + " more events " + expected, () -> pending().size() >= expected.size(),
                this::pending);
        synchronized (this) {
            List<String> next = new ArrayList<>(events.subList(cursor, cursor + expected.size()));
            assertEquals(expected, next, "events after " + events.subList(0, cursor));
            cursor += expected.size();
        }
    }

    /** Asserts no event arrived after the last expectation. */
    public void expectNothingMore() {
        assertEquals(List.of(), pending(), "no further events");
    }

    /** Skips the events so far (for example those of a set-up step). */
    public synchronized void skipAll() {
        cursor = events.size();
    }
}
