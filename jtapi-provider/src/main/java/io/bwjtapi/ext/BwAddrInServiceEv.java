package io.bwjtapi.ext;

import javax.telephony.Terminal;
import javax.telephony.events.AddrEv;

/**
 * Observer event: an address is back {@link BwAddress#IN_SERVICE}. Delivered to every
 * {@link javax.telephony.AddressObserver} of the address, before the terminal's {@link BwTermInServiceEv}
 * and before the snapshots of the address's calls. The cause is {@link javax.telephony.events.Ev#CAUSE_NORMAL}.
 * The bwjtapi equivalent of Cisco's {@code CiscoAddrInServiceEv}.
 */
public interface BwAddrInServiceEv extends AddrEv {
    /** The event ID returned by {@link #getID()}. */
    int ID = 0x42570001;

    /**
     * Returns the terminal of the address that came back in service.
     *
     * @return the address's terminal
     */
    Terminal getTerminal();
}
