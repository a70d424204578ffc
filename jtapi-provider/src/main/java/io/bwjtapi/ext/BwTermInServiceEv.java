package io.bwjtapi.ext;

import javax.telephony.events.TermEv;

/**
 * Observer event: a terminal is back {@link BwTerminal#IN_SERVICE}. Delivered to every
 * {@link javax.telephony.TerminalObserver} of the terminal, after its address's {@link BwAddrInServiceEv}.
 * The cause is {@link javax.telephony.events.Ev#CAUSE_NORMAL}. The bwjtapi equivalent of Cisco's
 * {@code CiscoTermInServiceEv}.
 */
public interface BwTermInServiceEv extends TermEv {
    /** The event ID returned by {@link #getID()}. */
    int ID = 0x42570003;
}
