package io.bwjtapi.ext;

import javax.telephony.Terminal;
import javax.telephony.events.AddrEv;

/**
 * Observer event: an address went {@link BwAddress#OUT_OF_SERVICE}. Delivered to every
 * {@link javax.telephony.AddressObserver} of the address, after the {@code CallObservationEndedEv}s of its
 * calls and before the terminal's {@link BwTermOutOfServiceEv}. {@link #getCause()} returns one of the
 * {@link BwOutOfServiceEv} causes. The bwjtapi equivalent of Cisco's {@code CiscoAddrOutOfServiceEv}.
 */
public interface BwAddrOutOfServiceEv extends AddrEv, BwOutOfServiceEv {
    /** The event ID returned by {@link #getID()}. */
    int ID = 0x42570002;

    /**
     * Returns the terminal of the address that went out of service.
     *
     * @return the address's terminal
     */
    Terminal getTerminal();
}
