package io.bwjtapi.tck.driver;

import javax.telephony.Address;
import javax.telephony.AddressEvent;
import javax.telephony.AddressListener;
import javax.telephony.Terminal;
import javax.telephony.TerminalEvent;
import javax.telephony.TerminalListener;
import javax.telephony.events.AddrEv;
import javax.telephony.events.TermEv;

/** The shape of a device service extension, as {@link BwExtensionHooks} expects it, for tests without bwjtapi. */
final class ExtensionStandIns {
    static final String PREFIX = ExtensionStandIns.class.getName() + "$";

    private ExtensionStandIns() {
    }

    interface BwAddrInServiceEv extends AddrEv {
    }

    interface BwAddrOutOfServiceEv extends AddrEv {
    }

    interface BwTermInServiceEv extends TermEv {
    }

    interface BwTermOutOfServiceEv extends TermEv {
    }

    interface BwAddressEvent extends AddressEvent {
        int ADDRESS_IN_SERVICE = 11;
        int ADDRESS_OUT_OF_SERVICE = 12;
    }

    interface BwTerminalEvent extends TerminalEvent {
        int TERMINAL_IN_SERVICE = 13;
        int TERMINAL_OUT_OF_SERVICE = 14;
    }

    interface BwAddressListener extends AddressListener {
        void addressInService(BwAddressEvent event);

        void addressOutOfService(BwAddressEvent event);
    }

    interface BwTerminalListener extends TerminalListener {
        void terminalInService(BwTerminalEvent event);

        void terminalOutOfService(BwTerminalEvent event);
    }

    interface BwAddress extends Address {
        int getState();
    }

    interface BwTerminal extends Terminal {
        int getState();
    }
}
