package io.bwjtapi.tck.driver;

import java.util.Objects;

/**
 * A driver's name for a call it placed or saw placed; opaque to the kit.
 *
 * @param id the driver's identifier of the call
 */
public record CallHandle(String id) {
    public CallHandle {
        Objects.requireNonNull(id, "id");
    }

    @Override
    public String toString() {
        return id;
    }
}
