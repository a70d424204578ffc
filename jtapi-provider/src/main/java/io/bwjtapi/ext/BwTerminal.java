package io.bwjtapi.ext;

import javax.telephony.callcontrol.CallControlTerminal;

/**
 * A BroadWorks user's device as a JTAPI terminal, with its service state.
 * <p>
 * Every terminal of a bwjtapi provider implements this interface. Its service state follows that of its
 * address (BroadWorks reports a user and the device together); changes are reported to the terminal's
 * observers as {@link BwTermInServiceEv}/{@link BwTermOutOfServiceEv}, after the address's event, and
 * to {@link BwTerminalListener}s.
 */
public interface BwTerminal extends CallControlTerminal {
    /** Service state: calls at this terminal are followed and can be controlled. Same value as Cisco's. */
    int IN_SERVICE = 1;

    /** Service state: calls at this terminal are not followed for now. Same value as Cisco's. */
    int OUT_OF_SERVICE = 0;

    /**
     * Returns the service state of this terminal.
     *
     * @return {@link #IN_SERVICE} or {@link #OUT_OF_SERVICE}
     */
    int getState();
}
