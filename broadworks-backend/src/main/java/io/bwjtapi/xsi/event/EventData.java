package io.bwjtapi.xsi.event;

import java.util.Objects;

/**
 * The typed payload of a {@link SubscriptionEvent} ({@code xsi:eventData}). A closed hierarchy: the
 * subclasses are the final classes of this package named in {@link EventDataType.Shape}; switch over
 * {@link #type()} and cast to the class its shape names.
 */
public abstract class EventData {
    private final EventDataType type;

    EventData(EventDataType type, EventDataType.Shape expectedShape) {
        this.type = Objects.requireNonNull(type, "type");
        if (type.shape() != expectedShape) {
            throw new IllegalArgumentException(type + " is not carried by a " + expectedShape + " payload");
        }
    }

    /** @return the event type */
    public final EventDataType type() {
        return type;
    }

    /** @return the {@code xsi1:type} local name as received, e.g. {@code CallReceivedEvent} */
    public String typeName() {
        return type.wireName();
    }
}
