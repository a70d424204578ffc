package io.bwjtapi.xsi.event;

import java.util.Objects;

/**
 * An {@code eventData} whose type this client does not decode. The envelope is still valid: the event is
 * acknowledged, sequenced and delivered so the consumer sees that something happened.
 */
public final class UnknownEventData extends EventData {
    private final String typeName;

    /**
     * Creates the placeholder.
     *
     * @param typeName the {@code xsi1:type} as received (local name, or {@code {namespace}local} when the type
     *     is outside the BroadSoft namespace)
     */
    public UnknownEventData(String typeName) {
        super(EventDataType.UNKNOWN, EventDataType.Shape.UNKNOWN);
        this.typeName = Objects.requireNonNull(typeName, "typeName");
    }

    @Override
    public String typeName() {
        return typeName;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof UnknownEventData && typeName.equals(((UnknownEventData) o).typeName));
    }

    @Override
    public int hashCode() {
        return typeName.hashCode();
    }

    @Override
    public String toString() {
        return "UnknownEventData[" + typeName + "]";
    }
}
