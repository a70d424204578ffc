package io.bwjtapi.ext;

import javax.telephony.AddressEvent;
import javax.telephony.Terminal;

/**
 * Listener event: the service state of an address changed. Delivered to {@link BwAddressListener}s; the
 * ID says which way, {@link #getCause()} why (a {@link BwOutOfServiceEv} cause, or
 * {@link javax.telephony.Event#CAUSE_NORMAL} for in-service).
 */
public interface BwAddressEvent extends AddressEvent {
    /** Event ID: the address is back in service; delivered to {@link BwAddressListener#addressInService}. */
    int ADDRESS_IN_SERVICE = 0x42570011;

    /** Event ID: the address went out of service; delivered to {@link BwAddressListener#addressOutOfService}. */
    int ADDRESS_OUT_OF_SERVICE = 0x42570012;

    /**
     * Returns the terminal of the address whose service state changed.
     *
     * @return the address's terminal
     */
    Terminal getTerminal();
}
