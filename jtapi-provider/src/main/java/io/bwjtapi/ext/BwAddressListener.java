package io.bwjtapi.ext;

import javax.telephony.AddressListener;

/**
 * An {@link AddressListener} that also receives the service state changes of the address. Add it with
 * {@link javax.telephony.Address#addAddressListener(AddressListener)}.
 */
public interface BwAddressListener extends AddressListener {
    /**
     * Called when the address is back in service; snapshots of its calls follow to its call listeners.
     *
     * @param event the event, with ID {@link BwAddressEvent#ADDRESS_IN_SERVICE}
     */
    void addressInService(BwAddressEvent event);

    /**
     * Called when the address went out of service; its calls are no longer followed until it is back.
     *
     * @param event the event, with ID {@link BwAddressEvent#ADDRESS_OUT_OF_SERVICE} and a
     *     {@link BwOutOfServiceEv} cause
     */
    void addressOutOfService(BwAddressEvent event);
}
