package io.bwjtapi.ext;

import javax.telephony.TerminalListener;

/**
 * A {@link TerminalListener} that also receives the service state changes of the terminal. Add it with
 * {@link javax.telephony.Terminal#addTerminalListener(TerminalListener)}.
 */
public interface BwTerminalListener extends TerminalListener {
    /**
     * Called when the terminal is back in service.
     *
     * @param event the event, with ID {@link BwTerminalEvent#TERMINAL_IN_SERVICE}
     */
    void terminalInService(BwTerminalEvent event);

    /**
     * Called when the terminal went out of service.
     *
     * @param event the event, with ID {@link BwTerminalEvent#TERMINAL_OUT_OF_SERVICE} and a
     *     {@link BwOutOfServiceEv} cause
     */
    void terminalOutOfService(BwTerminalEvent event);
}
