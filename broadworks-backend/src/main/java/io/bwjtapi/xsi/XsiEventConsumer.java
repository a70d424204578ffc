package io.bwjtapi.xsi;

import io.bwjtapi.xsi.event.SubscriptionEvent;

/**
 * Receives the events of the monitored users: called on the client's single delivery thread (never a Netty
 * I/O thread), in order per subscription, after duplicates were dropped and early events reordered. An
 * exception thrown here is logged and counted; delivery goes on.
 */
@FunctionalInterface
public interface XsiEventConsumer {

    /**
     * Handles one event.
     *
     * @param userId the monitored user the event is about (from the subscription, whether or not the event
     *     carries a targetId)
     * @param event the event, acknowledged to BroadWorks already
     */
    void onEvent(String userId, SubscriptionEvent event);
}
