package io.bwjtapi.provider.event;

import io.bwjtapi.ext.BwAddressEvent;
import io.bwjtapi.ext.BwTerminalEvent;
import io.bwjtapi.provider.domain.AddressImpl;
import io.bwjtapi.provider.domain.TerminalImpl;
import javax.telephony.Address;
import javax.telephony.Terminal;

/** The listener events about addresses and terminals. */
final class DeviceEvents {
    private DeviceEvents() {
    }

    /** An address event: end of transmission or a service state change. */
    static final class OfAddress extends ListenerEvent implements BwAddressEvent {
        private static final long serialVersionUID = 1L;

        private final transient AddressImpl address;

        OfAddress(AddressImpl address, int id, int cause) {
            super(address, id, cause, null);
            this.address = address;
        }

        @Override
        public Address getAddress() {
            return address;
        }

        @Override
        public Terminal getTerminal() {
            return address.terminal();
        }
    }

    /** A terminal event: end of transmission or a service state change. */
    static final class OfTerminal extends ListenerEvent implements BwTerminalEvent {
        private static final long serialVersionUID = 1L;

        private final transient TerminalImpl terminal;

        OfTerminal(TerminalImpl terminal, int id, int cause) {
            super(terminal, id, cause, null);
            this.terminal = terminal;
        }

        @Override
        public Terminal getTerminal() {
            return terminal;
        }
    }
}
