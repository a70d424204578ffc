package io.bwjtapi.xsi.event;

/**
 * An event document received on an Xsi event channel ({@code xsi:Event}). A closed hierarchy:
 * {@link SubscriptionEvent} (everything about monitored users, acknowledged and sequenced),
 * {@link ChannelTerminatedEvent}, {@link ChannelErrorEvent} and {@link UnknownXsiEvent}.
 */
public abstract class XsiEvent {

    XsiEvent() {
    }

    /** @return the event's {@code xsi1:type} local name, e.g. {@code SubscriptionEvent} */
    public abstract String typeName();
}
