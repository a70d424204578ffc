package io.bwjtapi.xsi.event;

import java.util.Objects;

/** An {@code xsi:Event} whose root {@code xsi1:type} this client does not know; logged once per type. */
public final class UnknownXsiEvent extends XsiEvent {
    private final String typeName;

    /**
     * Creates the placeholder.
     *
     * @param typeName the root {@code xsi1:type} as received
     */
    public UnknownXsiEvent(String typeName) {
        this.typeName = Objects.requireNonNull(typeName, "typeName");
    }

    @Override
    public String typeName() {
        return typeName;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof UnknownXsiEvent && typeName.equals(((UnknownXsiEvent) o).typeName));
    }

    @Override
    public int hashCode() {
        return typeName.hashCode();
    }

    @Override
    public String toString() {
        return "UnknownXsiEvent[" + typeName + "]";
    }
}
