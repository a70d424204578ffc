package io.bwjtapi.provider.event;

import io.bwjtapi.ext.BwAddrInServiceEv;
import io.bwjtapi.ext.BwAddrOutOfServiceEv;
import io.bwjtapi.ext.BwTermInServiceEv;
import io.bwjtapi.ext.BwTermOutOfServiceEv;
import io.bwjtapi.provider.domain.AddressImpl;
import io.bwjtapi.provider.domain.TerminalImpl;
import javax.telephony.Address;
import javax.telephony.Terminal;
import javax.telephony.events.AddrEv;
import javax.telephony.events.AddrObservationEndedEv;
import javax.telephony.events.TermEv;
import javax.telephony.events.TermObservationEndedEv;

/** The observer events about addresses and terminals: end of observation and the service state extension. */
final class DeviceEvs {
    private DeviceEvs() {
    }

    /** The common part of address events. */
    abstract static class OfAddress extends BaseEv implements AddrEv {
        private final AddressImpl address;

        OfAddress(EvContext context, AddressImpl address) {
            super(context);
            this.address = address;
        }

        @Override
        public Address getAddress() {
            return address;
        }

        @Override
        public Object getObserved() {
            return address;
        }

        @Override
        Object subject() {
            return address;
        }

        /** @return the address's terminal */
        public Terminal getTerminal() {
            return address.terminal();
        }
    }

    /** The common part of terminal events. */
    abstract static class OfTerminal extends BaseEv implements TermEv {
        private final TerminalImpl terminal;

        OfTerminal(EvContext context, TerminalImpl terminal) {
            super(context);
            this.terminal = terminal;
        }

        @Override
        public Terminal getTerminal() {
            return terminal;
        }

        @Override
        public Object getObserved() {
            return terminal;
        }

        @Override
        Object subject() {
            return terminal;
        }
    }

    /** {@link AddrObservationEndedEv}. */
    static final class AddrObservationEnded extends OfAddress implements AddrObservationEndedEv {
        AddrObservationEnded(EvContext context, AddressImpl address) {
            super(context, address);
        }

        @Override
        public int getID() {
            return ID;
        }
    }

    /** {@link BwAddrInServiceEv}. */
    static final class AddrInService extends OfAddress implements BwAddrInServiceEv {
        AddrInService(EvContext context, AddressImpl address) {
            super(context, address);
        }

        @Override
        public int getID() {
            return ID;
        }
    }

    /** {@link BwAddrOutOfServiceEv}. */
    static final class AddrOutOfService extends OfAddress implements BwAddrOutOfServiceEv {
        AddrOutOfService(EvContext context, AddressImpl address) {
            super(context, address);
        }

        @Override
        public int getID() {
            return ID;
        }
    }

    /** {@link TermObservationEndedEv}. */
    static final class TermObservationEnded extends OfTerminal implements TermObservationEndedEv {
        TermObservationEnded(EvContext context, TerminalImpl terminal) {
            super(context, terminal);
        }

        @Override
        public int getID() {
            return ID;
        }
    }

    /** {@link BwTermInServiceEv}. */
    static final class TermInService extends OfTerminal implements BwTermInServiceEv {
        TermInService(EvContext context, TerminalImpl terminal) {
            super(context, terminal);
        }

        @Override
        public int getID() {
            return ID;
        }
    }

    /** {@link BwTermOutOfServiceEv}. */
    static final class TermOutOfService extends OfTerminal implements BwTermOutOfServiceEv {
        TermOutOfService(EvContext context, TerminalImpl terminal) {
            super(context, terminal);
        }

        @Override
        public int getID() {
            return ID;
        }
    }
}
