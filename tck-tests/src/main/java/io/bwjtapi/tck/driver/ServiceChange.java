package io.bwjtapi.tck.driver;

import java.util.Objects;

/**
 * A device service state change reported by an implementation's extension event: an address or terminal
 * went out of service or came back. Standard JTAPI has no such events; a {@link DeviceServiceHooks}
 * recognises them.
 *
 * @param device whether the event is about an address or a terminal
 * @param inService {@code true} for back in service, {@code false} for out of service
 * @param name the address or terminal name
 * @param cause the event's cause as the implementation reports it
 */
public record ServiceChange(Device device, boolean inService, String name, int cause) {
    /** The kind of device whose service state changed. */
    public enum Device {
        ADDRESS, TERMINAL
    }

    public ServiceChange {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String toString() {
        return (device == Device.ADDRESS ? "address " : "terminal ") + name
                + (inService ? " IN_SERVICE" : " OUT_OF_SERVICE") + " cause " + cause;
    }
}
