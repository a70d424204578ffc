package io.bwjtapi.provider.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.testsupport.Await;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Ordered delivery per recipient, isolation of throwing and slow callbacks, and the counters. */
class EventDispatcherTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final EventDispatcher dispatcher = new EventDispatcher("test", 2, Duration.ofMillis(50));

    @AfterEach
    void stop() {
        dispatcher.shutdown(WAIT);
    }

    private static final class Recipient {
        final List<Integer> seen = Collections.synchronizedList(new ArrayList<>());
        final List<String> threads = Collections.synchronizedList(new ArrayList<>());
    }

    private void send(Recipient r, int n) {
        dispatcher.deliver(r, new Delivery("event " + n, List.of(() -> {
            r.threads.add(Thread.currentThread().getName());
            r.seen.add(n);
        })));
    }

    @Test
    void everyRecipientReceivesEveryDeliveryOnceAndInOrder() {
        List<Recipient> recipients = List.of(new Recipient(), new Recipient(), new Recipient());
        for (int n = 0; n < 3000; n++) {
            send(recipients.get(n % 3), n);
        }
        assertTrue(dispatcher.awaitIdle(WAIT));
        for (int i = 0; i < 3; i++) {
            List<Integer> expected = new ArrayList<>();
            for (int n = i; n < 3000; n += 3) {
                expected.add(n);
            }
            assertEquals(expected, recipients.get(i).seen);
        }
        assertTrue(recipients.get(0).threads.stream().allMatch(t -> t.startsWith("bwjtapi-events-test-")));
        assertEquals(3000, dispatcher.stats().delivered());
    }

    @Test
    void aThrowingCallbackIsCountedAndDisturbsNeitherItsLaterEventsNorOthers() {
        Recipient thrower = new Recipient();
        Recipient other = new Recipient();
        List<String> after = Collections.synchronizedList(new ArrayList<>());
        dispatcher.deliver(thrower, new Delivery("group", List.of(
                () -> {
                    throw new IllegalStateException("application bug");
                },
                () -> after.add("second callback of the same group"))));
        send(thrower, 1);
        send(other, 2);
        assertTrue(dispatcher.awaitIdle(WAIT));
        assertEquals(List.of("second callback of the same group"), after);
        assertEquals(List.of(1), thrower.seen);
        assertEquals(List.of(2), other.seen);
        assertEquals(1, dispatcher.stats().failedCallbacks());
    }

    @Test
    void aSlowRecipientDelaysOnlyItselfAndIsReported() {
        CountDownLatch release = new CountDownLatch(1);
        Recipient slow = new Recipient();
        Recipient fast = new Recipient();
        dispatcher.deliver(slow, new Delivery("blocking", List.of(() -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        })));
        send(slow, 1);
        for (int n = 0; n < 100; n++) {
            send(fast, n);
        }
        Await.until(WAIT, "the fast recipient got all its events while the slow one is blocked",
                () -> fast.seen.size() == 100, () -> fast.seen.size());
        assertTrue(slow.seen.isEmpty(), "the slow recipient's next event waits for its callback");
        Await.until(WAIT, "the blocked callback to take longer than the slow threshold",
                new java.util.function.BooleanSupplier() {
            private final long start = System.nanoTime();

            @Override
            public boolean getAsBoolean() {
                return System.nanoTime() - start > TimeUnit.MILLISECONDS.toNanos(120);
            }
        });
        release.countDown();
        assertTrue(dispatcher.awaitIdle(WAIT));
        assertEquals(List.of(1), slow.seen);
        assertTrue(dispatcher.stats().slowCallbacks() >= 1, dispatcher.stats().toString());
        assertTrue(dispatcher.stats().lateDeliveries() >= 1, dispatcher.stats().toString());
    }
}
