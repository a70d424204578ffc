package io.bwjtapi.tck.driver;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import javax.telephony.Address;
import javax.telephony.AddressListener;
import javax.telephony.Terminal;
import javax.telephony.TerminalListener;

/**
 * What the kit needs to know about an implementation's device service extension, if it has one: how to
 * recognise its in/out-of-service events, how to receive them as a listener, and how to read the service
 * state. The kit itself only knows {@code javax.telephony}; {@link #NONE} stands for an implementation
 * without such an extension (device service checks are then skipped, not failed).
 */
public interface DeviceServiceHooks {
    /** An implementation without device service events. */
    DeviceServiceHooks NONE = new DeviceServiceHooks() {
    };

    /** Whether the implementation reports device service changes at all. */
    default boolean supported() {
        return false;
    }

    /**
     * Recognises a device service event.
     *
     * @param event an observer event ({@code AddrEv}, {@code TermEv}) or a listener event
     * @return the change it reports, or empty when it is no device service event
     */
    default Optional<ServiceChange> classify(Object event) {
        return Optional.empty();
    }

    /**
     * Returns an address listener to register instead of {@code listener}: it forwards the standard callbacks
     * to {@code listener} and the extension's callbacks to {@code extension} (callback name, event).
     */
    default AddressListener addressListener(AddressListener listener, BiConsumer<String, Object> extension) {
        return listener;
    }

    /** As {@link #addressListener}, for terminals. */
    default TerminalListener terminalListener(TerminalListener listener, BiConsumer<String, Object> extension) {
        return listener;
    }

    /** The service state of an address: 1 in service, 0 out of service; empty when unknown. */
    default OptionalInt serviceState(Address address) {
        return OptionalInt.empty();
    }

    /** The service state of a terminal: 1 in service, 0 out of service; empty when unknown. */
    default OptionalInt serviceState(Terminal terminal) {
        return OptionalInt.empty();
    }
}
