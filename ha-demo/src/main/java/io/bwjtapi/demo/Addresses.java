package io.bwjtapi.demo;

import java.util.ArrayList;
import java.util.List;
import javax.telephony.Address;
import javax.telephony.Provider;

/** The names of a provider's addresses. */
final class Addresses {
    private Addresses() {
    }

    /** @return the address names in the provider's order; empty when it cannot list them (e.g. shut down) */
    static List<String> names(Provider provider) {
        List<String> names = new ArrayList<>();
        try {
            Address[] addresses = provider.getAddresses();
            for (Address address : addresses == null ? new Address[0] : addresses) {
                names.add(address.getName());
            }
        } catch (javax.telephony.ResourceUnavailableException | RuntimeException e) {
            // a shut-down provider lists nothing
        }
        return names;
    }
}
