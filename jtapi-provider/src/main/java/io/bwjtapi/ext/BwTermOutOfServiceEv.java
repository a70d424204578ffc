package io.bwjtapi.ext;

import javax.telephony.events.TermEv;

/**
 * Observer event: a terminal went {@link BwTerminal#OUT_OF_SERVICE}. Delivered to every
 * {@link javax.telephony.TerminalObserver} of the terminal, after its address's
 * {@link BwAddrOutOfServiceEv}. {@link #getCause()} returns one of the {@link BwOutOfServiceEv} causes. The
 * bwjtapi equivalent of Cisco's {@code CiscoTermOutOfServiceEv}.
 */
public interface BwTermOutOfServiceEv extends TermEv, BwOutOfServiceEv {
    /** The event ID returned by {@link #getID()}. */
    int ID = 0x42570004;
}
