package io.bwjtapi.ext;

import javax.telephony.TerminalEvent;

/**
 * Listener event: the service state of a terminal changed. Delivered to {@link BwTerminalListener}s; the
 * ID says which way, {@link #getCause()} why (a {@link BwOutOfServiceEv} cause, or
 * {@link javax.telephony.Event#CAUSE_NORMAL} for in-service).
 */
public interface BwTerminalEvent extends TerminalEvent {
    /** Event ID: the terminal is back in service; delivered to {@link BwTerminalListener#terminalInService}. */
    int TERMINAL_IN_SERVICE = 0x42570013;

    /** Event ID: the terminal went out of service; delivered to {@link BwTerminalListener#terminalOutOfService}. */
    int TERMINAL_OUT_OF_SERVICE = 0x42570014;
}
