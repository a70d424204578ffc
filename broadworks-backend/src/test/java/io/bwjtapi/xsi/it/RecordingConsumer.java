package io.bwjtapi.xsi.it;

import io.bwjtapi.xsi.XsiEventConsumer;
import io.bwjtapi.xsi.event.CallEvent;
import io.bwjtapi.xsi.event.EventDataType;
import io.bwjtapi.xsi.event.SubscriptionEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records delivered events with their user and the delivering thread's name. */
final class RecordingConsumer implements XsiEventConsumer {
    /** One delivery. */
    record Delivery(String userId, SubscriptionEvent event, String thread) {
        EventDataType type() {
            return event.data().type();
        }

        String callId() {
            return event.data() instanceof CallEvent c ? c.call().callId() : null;
        }

        @Override
        public String toString() {
            return userId + ":" + event.data().typeName() + "#" + event.sequenceNumber();
        }
    }

    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

    @Override
    public void onEvent(String userId, SubscriptionEvent event) {
        deliveries.add(new Delivery(userId, event, Thread.currentThread().getName()));
    }

    List<Delivery> all() {
        return List.copyOf(deliveries);
    }

    List<Delivery> of(String userId) {
        return deliveries.stream().filter(d -> d.userId().equals(userId)).toList();
    }

    List<Delivery> of(String userId, EventDataType type) {
        return deliveries.stream().filter(d -> d.userId().equals(userId) && d.type() == type).toList();
    }

    boolean has(String userId, EventDataType type) {
        return !of(userId, type).isEmpty();
    }

    void clear() {
        deliveries.clear();
    }
}
