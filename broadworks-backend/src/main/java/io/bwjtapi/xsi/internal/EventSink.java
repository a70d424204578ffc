package io.bwjtapi.xsi.internal;

import io.bwjtapi.xsi.channel.EventChannel;
import io.bwjtapi.xsi.event.SubscriptionEvent;

/** Takes acknowledged subscription events off the I/O thread for ordered delivery. */
public interface EventSink {

    /**
     * Accepts an event; must return at once (called on a Netty I/O thread).
     *
     * @param event the event, already acknowledged
     * @param channel the channel it arrived on
     */
    void accept(SubscriptionEvent event, EventChannel channel);
}
