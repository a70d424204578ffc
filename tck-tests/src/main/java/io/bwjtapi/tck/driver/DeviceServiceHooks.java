package io.bwjtapi.tck.driver;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import javax.telephony.Address;
import javax.telephony.Terminal;

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
     * Returns the object to register as the application's listener everywhere: {@code listener} itself, or a
     * proxy that also implements the extension's listener interfaces, forwarding every standard callback to
     * {@code listener} and every extension callback to {@code extension} (callback name, event). One object, as
     * a real application would register, so that the implementation's per-listener ordering applies.
     */
    default Object extendListener(Object listener, BiConsumer<String, Object> extension) {
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
