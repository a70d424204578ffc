package io.bwjtapi.testsupport;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AwaitTest {

    @Test
    void returnsOnceTheConditionHolds() {
        AtomicInteger polls = new AtomicInteger();
        Await.until(Duration.ofSeconds(5), "three polls", () -> polls.incrementAndGet() >= 3);
        assertTrue(polls.get() >= 3);
    }

    @Test
    void failsWithWhatWasAwaitedAndLastSeenState() {
        AssertionError error = assertThrows(AssertionError.class,
                () -> Await.until(Duration.ofMillis(50), "the impossible", () -> false, () -> "state 7"));
        assertTrue(error.getMessage().contains("the impossible"), error.getMessage());
        assertTrue(error.getMessage().contains("state 7"), error.getMessage());
    }
}
