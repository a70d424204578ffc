package io.bwjtapi.csta.model;

import java.util.Objects;

/**
 * Names a CSTA device: a monitored BroadWorks user (its userId), or a remote party named by its userId,
 * its address URI (e.g. {@code tel:+4940555000}) or, when nothing is known about it, a key unique to the
 * call half that saw it. Opaque and case-sensitive.
 */
public final class DeviceId implements Comparable<DeviceId> {
    private final String value;

    private DeviceId(String value) {
        this.value = value;
    }

    /**
     * Returns the device with this name.
     *
     * @param value a userId, an address URI or another opaque name; not blank
     * @return the device id
     */
    public static DeviceId of(String value) {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a device id must not be blank");
        }
        return new DeviceId(value);
    }

    /** @return the device's name */
    public String value() {
        return value;
    }

    @Override
    public int compareTo(DeviceId other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof DeviceId && value.equals(((DeviceId) o).value));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
