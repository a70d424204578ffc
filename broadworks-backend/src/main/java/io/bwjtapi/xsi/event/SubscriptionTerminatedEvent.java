package io.bwjtapi.xsi.event;

/** The subscription ended: deleted, expired, or terminated by a privacy change on the target. */
public final class SubscriptionTerminatedEvent extends EventData {
    /** The only instance: the event has no content. */
    public static final SubscriptionTerminatedEvent INSTANCE = new SubscriptionTerminatedEvent();

    private SubscriptionTerminatedEvent() {
        super(EventDataType.SUBSCRIPTION_TERMINATED, EventDataType.Shape.SUBSCRIPTION_TERMINATED);
    }

    @Override
    public String toString() {
        return "SubscriptionTerminatedEvent";
    }
}
